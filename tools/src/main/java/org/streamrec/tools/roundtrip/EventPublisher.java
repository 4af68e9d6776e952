package org.streamrec.tools.roundtrip;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.streamrec.config.KafkaConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * Sends events to the input topics as a shop's front end would (JSON, keyed by user; catalogue
 * updates to the catalogue topic), and remembers when each was sent so latency can be measured.
 */
public final class EventPublisher implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final String eventsTopic;
    private final String catalogueTopic;
    private final EventCodec codec;
    private final Map<String, Long> sendTimes = new ConcurrentHashMap<>();
    private long sent;

    public EventPublisher(String bootstrapServers, KafkaConfig topics, EventCodec codec) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(p);
        this.eventsTopic = topics.inputTopics().get(0);
        this.catalogueTopic = topics.inputTopics().size() > 1 ? topics.inputTopics().get(1) : eventsTopic;
        this.codec = codec;
    }

    public void publish(Event e) {
        String topic = e.type == EventType.CATALOGUE_UPDATE ? catalogueTopic : eventsTopic;
        String key = e.userId != null ? e.userId : e.itemId;
        sendTimes.put(e.eventId, System.currentTimeMillis());
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), codec.encode(e)));
        sent++;
    }

    /** Sends bytes as they are, e.g. a malformed record, to the events topic. */
    public void publishRaw(byte[] payload) {
        producer.send(new ProducerRecord<>(eventsTopic, null, payload));
        sent++;
    }

    public long sent() {
        return sent;
    }

    /** Event id to wall-clock send time, epoch ms. */
    public Map<String, Long> sendTimes() {
        return sendTimes;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
