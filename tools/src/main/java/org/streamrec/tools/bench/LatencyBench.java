package org.streamrec.tools.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaClientProperties;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.tools.roundtrip.OutputWatcher;

/**
 * End-to-end latency through a real broker: an embedded Kafka, the target reading and writing it, a
 * producer sending the workload on an open-loop schedule and a read_committed consumer reading the
 * lists back ({@link LatencyHarness} does the measuring). Every event after the warm-up is measured.
 */
final class LatencyBench {
    /** A fresh broker creates its offsets topic on the first group join: seconds, not minutes. */
    private static final Duration READER_READY = Duration.ofSeconds(60);

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
        Readback readback = new Readback(harness);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            EngineConfig config = configWith.apply(Map.of(
                    "kafka.bootstrapServers", kafka.bootstrapServers(), "kafka.startingOffsets", "earliest"));
            KafkaIO.createTopics(config.kafka());
            EventCodec codec = new EventCodec(config.runtime().maxFutureSkew());
            try (LatencyTarget.Running running = target.start(config);
                 Sender sender = new Sender(config, shape.startingAt(System.currentTimeMillis(), rate));
                 OutputWatcher watcher = new OutputWatcher(kafka.bootstrapServers(), config.kafka(), codec, Map.of(), readback)) {
                if (!watcher.awaitAssigned(READER_READY)) {
                    throw new IllegalStateException("the list reader got no partitions within " + READER_READY);
                }
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

    /** Sends workload events to the events topic as a shop's front end would: JSON, keyed by user. */
    static final class Sender implements OpenLoopSchedule.Sender, AutoCloseable {
        private final KafkaProducer<byte[], byte[]> producer;
        private final String topic;
        private final BenchWorkload workload;
        private final AtomicReference<Exception> failure = new AtomicReference<>();

        Sender(EngineConfig config, BenchWorkload workload) {
            Properties p = KafkaClientProperties.of(config.kafka());
            p.put(ProducerConfig.CLIENT_ID_CONFIG, CpuGroup.BENCH_SENDER_ID);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            producer = new KafkaProducer<>(p);
            topic = config.kafka().inputTopics().get(0);
            this.workload = workload;
        }

        @Override
        public void send(long index) {
            Event e = workload.event(index);
            producer.send(new ProducerRecord<>(topic, e.userId.getBytes(StandardCharsets.UTF_8), workload.wire(e)),
                    (metadata, error) -> {
                        if (error != null) failure.compareAndSet(null, error);
                    });
        }

        /** Fails if any send failed: the run did not send what it claims. */
        void check() {
            if (failure.get() != null) throw new IllegalStateException("sending an event failed", failure.get());
        }

        @Override
        public void close() {
            producer.close();
        }
    }

    /** Hands each list to the harness, and fails the run if the workload produced a dead letter. */
    private static final class Readback implements OutputWatcher.Listener {
        private final LatencyHarness harness;
        private volatile String reason;

        Readback(LatencyHarness harness) {
            this.harness = harness;
        }

        @Override
        public void recommendation(Recommendation r, long ignoredLatency) {
            long index = BenchWorkload.indexOf(r.triggerEventId);
            if (index >= 0) harness.answered(index, System.nanoTime());
        }

        @Override
        public void reminder(Reminder r) {}

        @Override
        public void deadLetter(String reason, byte[] payload) {
            this.reason = reason;
        }

        void check() {
            if (reason != null) throw new IllegalStateException("the workload produced a dead letter: " + reason);
        }
    }
}
