package org.streamrec.tools.bench;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaClientProperties;
import org.streamrec.engine.model.Event;

/** Sends workload events to the events topic as a shop's front end would: JSON, keyed by user. */
final class EventSender implements OpenLoopSchedule.Sender, AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final BenchWorkload workload;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    EventSender(EngineConfig config, BenchWorkload workload) {
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
