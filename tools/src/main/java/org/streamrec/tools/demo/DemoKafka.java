package org.streamrec.tools.demo;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.tools.cli.EngineOptions;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.embedded.EmbeddedKafka;
import picocli.CommandLine.Option;

/** The Kafka a demo runs against: an embedded broker started here, or the one --bootstrap-servers names. */
public final class DemoKafka implements AutoCloseable {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Use this Kafka instead of starting an embedded broker (topics are created if missing).")
    String bootstrapServers;

    private EmbeddedKafka embedded;

    /**
     * Starts the embedded broker unless one was named, loads the configurations (the job's pointing
     * at it), and creates the job's topics that are missing.
     */
    public LaunchConfig open(EngineOptions engine, Map<String, String> overrides, PrintStream out) {
        String servers = bootstrapServers;
        if (servers == null) {
            out.println("Starting an embedded Kafka broker ...");
            embedded = EmbeddedKafka.start();
            servers = embedded.bootstrapServers();
        }
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.put("kafka.bootstrapServers", servers);
        LaunchConfig launch = engine.launch(all);
        EngineConfig config = launch.engine();
        KafkaIO.createTopics(config.kafka());
        out.printf("Kafka at %s; topics %s -> %s%n", servers, config.kafka().inputTopics(), String.join(", ", config.kafka().outputTopics()));
        return launch;
    }

    @Override
    public void close() {
        if (embedded != null) embedded.close();
    }
}
