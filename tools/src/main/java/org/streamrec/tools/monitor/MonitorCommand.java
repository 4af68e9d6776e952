package org.streamrec.tools.monitor;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.tools.cli.EngineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** ./recs monitor: the front end's view of the recommendations topic, served to Prometheus. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {
            "Reads the recommendations topic as a front end does and serves, for Prometheus, the latency from each",
            "list's triggering event to the list on the topic (a histogram), lists read, and records a front end",
            "could not use (parse errors, unknown schema versions). Prints the URL it serves; runs until stopped."})
public final class MonitorCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka to read (default: kafka.bootstrapServers of the configuration).")
    String bootstrapServers;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to serve /metrics on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "0",
            description = "Port to serve /metrics on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--seconds", defaultValue = "0",
            description = "Stop after this many seconds; 0 runs until stopped. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        EngineConfig config = engine.load(bootstrapServers == null ? Map.of() : Map.of("kafka.bootstrapServers", bootstrapServers));
        EventCodec codec = EventCodec.of(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        try (ListMonitor monitor = new ListMonitor(config.kafka(), codec, r -> r.eventTime, host, port)) {
            out.printf("Reading %s on %s; probe metrics at %s%n", config.kafka().recommendationsTopic(),
                    config.kafka().bootstrapServers(), monitor.url());
            while (!stopped.await(1, TimeUnit.SECONDS)) {
                if (monitor.failure() != null) throw monitor.failure();
                if (seconds > 0 && --seconds == 0) break;
            }
        }
        return 0;
    }
}
