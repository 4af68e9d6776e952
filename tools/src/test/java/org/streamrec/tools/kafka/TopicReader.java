package org.streamrec.tools.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads one topic from the beginning (read_committed), accumulating records across calls. */
final class TopicReader implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();

    TopicReader(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + java.util.UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code done} holds for the records seen so far, or fails after {@code timeout}. */
    List<ConsumerRecord<byte[], byte[]>> until(Predicate<List<ConsumerRecord<byte[], byte[]>>> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(seen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout + "; saw " + seen.size() + " records: "
                        + seen.stream().map(r -> "p" + r.partition() + "@" + r.offset() + " "
                                + new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).toList());
            }
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /** Everything that arrives within {@code window}. */
    List<ConsumerRecord<byte[], byte[]>> during(Duration window) {
        Instant end = Instant.now().plus(window);
        while (Instant.now().isBefore(end)) consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
