package org.streamrec.tools.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.tools.roundtrip.OutputWatcher;

/**
 * End-to-end latency through a real broker: an embedded Kafka, the target reading and writing it, a
 * producer sending the workload on an open-loop schedule and a read_committed consumer reading the
 * lists back ({@link LatencyHarness} does the measuring). Every event after the warm-up is measured.
 */
final class LatencyBench {
    private final Function<Map<String, String>, EngineConfig> configWith;
    private final WorkloadShape shape;

    /** @param configWith the run's configuration with some keys overridden (here: the broker's address) */
    LatencyBench(Function<Map<String, String>, EngineConfig> configWith, WorkloadShape shape) {
        this.configWith = configWith;
        this.shape = shape;
    }

    LatencyResult measure(String key, String label, LatencyTarget target, double rate, int warmupSeconds, int seconds,
                          Duration drainTimeout) throws Exception {
        long warmupEvents = (long) (rate * warmupSeconds);
        long measuredEvents = (long) (rate * seconds);
        LatencyHarness harness = new LatencyHarness(rate, warmupEvents, measuredEvents, drainTimeout);
        ListReadback readback = new ListReadback(list -> {
            long index = BenchWorkload.indexOf(list.triggerEventId);
            if (index >= 0) harness.answered(index, System.nanoTime());
        });
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            EngineConfig config = configWith.apply(Map.of(
                    "kafka.bootstrapServers", kafka.bootstrapServers(), "kafka.startingOffsets", "earliest"));
            KafkaIO.createTopics(config.kafka());
            EventCodec codec = EventCodec.of(config);
            try (LatencyTarget.Running running = target.start(config);
                 EventSender sender = new EventSender(config, shape.startingAt(System.currentTimeMillis(), rate));
                 OutputWatcher watcher = new OutputWatcher(config.kafka(), codec, Map.of(), readback)) {
                ThreadCpu[] windowStart = new ThreadCpu[1];
                long[] windowStartMillis = new long[1];
                LatencyOutcome outcome = harness.run(sender, () -> {
                    windowStart[0] = ThreadCpu.now();
                    windowStartMillis[0] = System.currentTimeMillis();
                });
                sender.check();
                readback.check();
                Optional<JobFigures> figures = running.figures(windowStart[0], windowStartMillis[0], warmupEvents + measuredEvents);
                return new LatencyResult(key, label, outcome, figures);
            }
        }
    }
}
