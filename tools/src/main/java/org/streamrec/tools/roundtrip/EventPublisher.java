package org.streamrec.tools.roundtrip;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.streamrec.config.KafkaConfig;
import org.streamrec.connectors.kafka.KafkaClientProperties;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * Sends events to the input topics as a shop's front end would (JSON, keyed by user; catalogue
 * updates to the catalogue topic), and remembers when each was sent so latency can be measured.
 * A send the broker refuses (no ACL, a record too large) fails the next {@link #flush()}.
 */
public final class EventPublisher implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final String eventsTopic;
    private final String catalogueTopic;
    private final EventCodec codec;
    private final Map<String, Long> sendTimes = new ConcurrentHashMap<>();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private long sent;

    /** @param kafka where to send, connected as the job is ({@code kafka.security.*}) */
    public EventPublisher(KafkaConfig kafka, EventCodec codec) {
        Properties p = KafkaClientProperties.of(kafka);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(p);
        this.eventsTopic = kafka.inputTopics().get(0);
        this.catalogueTopic = kafka.inputTopics().size() > 1 ? kafka.inputTopics().get(1) : eventsTopic;
        this.codec = codec;
    }

    public void publish(Event e) {
        String topic = e.type == EventType.CATALOGUE_UPDATE ? catalogueTopic : eventsTopic;
        String key = e.userId != null ? e.userId : e.itemId;
        sendTimes.put(e.eventId, System.currentTimeMillis());
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), codec.encode(e)), this::sent);
        sent++;
    }

    /** Sends bytes as they are, e.g. a malformed record, to the events topic; the future tells where they went. */
    public Future<RecordMetadata> publishRaw(byte[] payload) {
        sent++;
        return producer.send(new ProducerRecord<>(eventsTopic, null, payload), this::sent);
    }

    public long sent() {
        return sent;
    }

    /** Event id to wall-clock send time, epoch ms. */
    public Map<String, Long> sendTimes() {
        return sendTimes;
    }

    private void sent(RecordMetadata where, Exception failure) {
        if (failure != null) firstFailure.compareAndSet(null, failure);
    }

    /** Waits until everything sent so far is acknowledged; throws if the broker refused any of it. */
    public void flush() {
        producer.flush();
        Exception failure = firstFailure.get();
        if (failure != null) throw new IllegalStateException("Kafka refused a record: " + failure, failure);
    }

    @Override
    public void close() {
        producer.close();
    }
}
