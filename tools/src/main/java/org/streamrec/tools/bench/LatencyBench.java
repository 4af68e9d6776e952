package org.streamrec.tools.bench;

import java.util.Map;
import java.util.function.Function;
import org.apache.flink.core.execution.JobClient;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.tools.roundtrip.EventPublisher;
import org.streamrec.tools.roundtrip.LatencyStats;
import org.streamrec.tools.local.LocalJob;
import org.streamrec.tools.roundtrip.OutputWatcher;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/**
 * End-to-end latency through a real broker: an embedded Kafka, the job reading and writing it, a
 * producer sending the workload at a fixed rate and a read_committed consumer reading the
 * recommendations back. Latency is from just before the event is handed to the producer to the
 * moment its recommendation is read; only events sent after the warm-up count.
 */
final class LatencyBench {
    private static final long DRAIN_MS = 3_000;

    private final Function<Map<String, String>, EngineConfig> configWith;

    /** @param configWith the run's configuration with some keys overridden (here: the broker's address) */
    LatencyBench(Function<Map<String, String>, EngineConfig> configWith) {
        this.configWith = configWith;
    }

    LatencyResult measure(int users, int items, double skew, long seed, double rate, int warmupSeconds, int seconds)
            throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            EngineConfig kafkaConfig = configWith.apply(Map.of(
                    "kafka.bootstrapServers", kafka.bootstrapServers(), "kafka.startingOffsets", "earliest"));
            KafkaIO.createTopics(kafkaConfig.kafka());
            EventCodec codec = EventCodec.of(kafkaConfig);
            JobClient job = LocalJob.start(kafkaConfig,
                    KafkaIO.jobIO(kafkaConfig.kafka(), codec, "streamrec-bench-" + System.currentTimeMillis()),
                    "streamrec bench latency");
            long start = System.currentTimeMillis();
            long measureFrom = start + warmupSeconds * 1000L;
            BenchWorkload workload = new BenchWorkload(users, items, skew, seed, start, rate);
            Recorder recorder = new Recorder(measureFrom);
            try (EventPublisher publisher = new EventPublisher(kafkaConfig.kafka(), codec);
                 OutputWatcher watcher = new OutputWatcher(kafkaConfig.kafka(), codec, publisher.sendTimes(), recorder)) {
                long total = (long) (rate * (warmupSeconds + seconds));
                for (long i = 0; i < total; i++) {
                    long due = start + (long) (i * 1000 / rate);
                    long now = System.currentTimeMillis();
                    if (due > now) Thread.sleep(due - now);
                    publisher.publish(workload.event(i));
                }
                publisher.flush();
                Thread.sleep(DRAIN_MS);
                return recorder.result(rate, total - (long) (rate * warmupSeconds));
            } finally {
                job.cancel().get();
            }
        }
    }

    /** Keeps the latencies of recommendations triggered by events created after the warm-up. */
    private static final class Recorder implements OutputWatcher.Listener {
        private final long measureFrom;
        private final LatencyStats stats = new LatencyStats();
        private String deadLetter;

        Recorder(long measureFrom) {
            this.measureFrom = measureFrom;
        }

        @Override
        public synchronized void recommendation(Recommendation r, long latencyMillis) {
            if (latencyMillis >= 0 && r.eventTime >= measureFrom) stats.add(latencyMillis);
        }

        @Override
        public void reminder(Reminder r) {}

        @Override
        public synchronized void deadLetter(DeadLetter letter) {
            deadLetter = letter.reason;
        }

        synchronized LatencyResult result(double rate, long sent) {
            if (deadLetter != null) throw new IllegalStateException("the workload produced a dead letter: " + deadLetter);
            return new LatencyResult(rate, sent, stats.count(), stats.percentile(0.5), stats.percentile(0.99),
                    stats.percentile(0.999));
        }
    }
}
