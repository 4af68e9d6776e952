package org.streamrec.tools.roundtrip;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.streamrec.config.KafkaConfig;
import org.streamrec.connectors.kafka.KafkaClientProperties;

/**
 * How far the job has read its input topics, as its consumer group's committed offsets say. The
 * Kafka source commits them when a checkpoint completes, and by then the at-least-once sinks have
 * flushed everything those records caused: once the committed offsets reach the ends, every dead
 * letter and list of the records before is on its topic.
 */
public final class InputProgress {
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private InputProgress() {}

    /** Waits until the job has committed every record its input topics hold now; false if {@code timeout} passed first. */
    public static boolean awaitCaughtUp(KafkaConfig config, Duration timeout) throws InterruptedException {
        try (Admin admin = Admin.create(KafkaClientProperties.of(config))) {
            Map<TopicPartition, Long> ends = ends(admin, config.inputTopics());
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.groupId())
                        .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue())) {
                    return true;
                }
                Thread.sleep(200);
            }
            return false;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the job's progress on " + config.bootstrapServers() + ": " + e, e);
        }
    }

    private static Map<TopicPartition, Long> ends(Admin admin, List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var topic : admin.describeTopics(topics).allTopicNames().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS).values()) {
            topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }
}
