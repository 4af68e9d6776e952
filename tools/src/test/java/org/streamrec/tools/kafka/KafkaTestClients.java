package org.streamrec.tools.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Plain Kafka clients for tests that check what really went through a broker. */
public final class KafkaTestClients {
    private KafkaTestClients() {}

    public static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public static KafkaProducer<byte[], byte[]> producer(String bootstrapServers, Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        config.putAll(extra);
        return new KafkaProducer<>(config);
    }

    /**
     * Reads every partition of a topic from the start, without a consumer group, until
     * {@code expected} records arrived (or {@code timeout} passed), then polls once more so that
     * extra records would show up too. Records come in offset order within each partition.
     */
    public static List<ConsumerRecord<byte[], byte[]>> consume(String bootstrapServers, String topic,
            boolean readCommitted, int expected, Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = assignedFromStart(bootstrapServers, topic, readCommitted, timeout)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    /**
     * Reads every partition of a topic from the start up to its current end: for read_committed,
     * the last stable offset, so everything committed so far and nothing of open transactions.
     */
    public static List<ConsumerRecord<byte[], byte[]>> consumeToEnd(String bootstrapServers, String topic,
            boolean readCommitted, Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = assignedFromStart(bootstrapServers, topic, readCommitted, timeout)) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (System.nanoTime() > deadline) throw new AssertionError("could not read " + topic + " up to " + ends + " within " + timeout);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static KafkaConsumer<byte[], byte[]> assignedFromStart(String bootstrapServers, String topic,
            boolean readCommitted, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, readCommitted ? "read_committed" : "read_uncommitted",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /**
     * Waits until consumer group {@code groupId} has committed offsets up to {@code ends} on every
     * partition: a Flink Kafka source commits them when a checkpoint completes, so then a checkpoint
     * holds everything before those offsets.
     *
     * @param diagnosis added to the message on a time-out
     */
    public static void awaitCommitted(Admin admin, String groupId, Map<TopicPartition, Long> ends, Duration timeout,
            Supplier<String> diagnosis) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            if (ends.entrySet().stream().allMatch(end -> offsets.get(end.getKey()) != null
                    && offsets.get(end.getKey()).offset() >= end.getValue())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("group " + groupId + " did not commit " + ends + " within " + timeout + ": " + offsets + diagnosis.get());
            }
            Thread.sleep(200);
        }
    }

    public static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    public static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
