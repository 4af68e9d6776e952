package org.streamrec.tools.demo;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import org.streamrec.config.Durations;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.tools.cli.EngineOptions;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.local.LocalJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** ./recs demo: the engine end to end on this machine, with nothing to install. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Runs the engine on an embedded Kafka broker (KRaft, 127.0.0.1) and a local Flink cluster with RocksDB,",
            "feeds it a synthetic shop (or a dataset, or the lines of a file), prints recommendations, reminders,",
            "messages, alerts and dead letters as they appear, and ends with a summary: events in, outputs (messages",
            "per kind), dead letters by reason,",
            "event-to-output latency."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Mixin
    InputOptions input;

    @Mixin
    ShopFeed feed;

    @Mixin
    DemoKafka kafka;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        engine.launch(input.overrides()); // report configuration problems before starting anything
        try {
            LaunchConfig launch = kafka.open(engine, input.overrides(), out);
            EngineConfig config = launch.engine();
            EventCodec codec = EventCodec.of(config);
            JobIO io = KafkaIO.jobIO(config.kafka(), codec, "streamrec-demo-" + System.currentTimeMillis());
            out.printf("Starting the Flink job (parallelism %d, RocksDB, checkpoints every %s) ...%n",
                    config.runtime().parallelism(), Durations.format(config.runtime().checkpointInterval()));
            LocalJob.Served served = LocalJob.startServingMetrics(config, io, "streamrec demo");
            JobClient job = served.job();
            out.printf("Job metrics (Flink's Prometheus reporter): %s%n", served.metrics());
            try {
                feed.run(input, launch, codec, out);
            } finally {
                job.cancel().get();
            }
        } finally {
            kafka.close();
        }
        return 0;
    }
}
