package org.streamrec.tools.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.streamrec.engine.codec.EventCodec;

/** Reads the recommendations topic as it fills and notes when the first list for each trigger event arrived (wall clock). */
final class ListWatcher implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
    private final Thread thread;

    ListWatcher(String bootstrapServers, String topic, EventCodec codec) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    long now = System.currentTimeMillis();
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                        if (r.value() != null) firstArrival.putIfAbsent(codec.decodeRecommendation(r.value()).triggerEventId, now);
                    }
                }
            } catch (WakeupException closing) {
                // close() ends the loop
            } finally {
                consumer.close();
            }
        }, "list-watcher");
        thread.start();
    }

    /** When the first list for any of {@code eventIds} arrived, or -1. */
    long firstArrival(Set<String> eventIds) {
        return eventIds.stream().map(firstArrival::get).filter(t -> t != null).mapToLong(Long::longValue).min().orElse(-1);
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
    }
}
