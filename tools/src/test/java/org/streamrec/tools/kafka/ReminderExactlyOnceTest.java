package org.streamrec.tools.kafka;

import org.streamrec.connectors.kafka.KafkaIO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.RecommendationJob;
import org.streamrec.engine.model.Event;

/**
 * Exactly-once reminders: the whole job (Kafka source, exactly-once reminders sink) on a MiniCluster
 * with two TaskManagers, run over the same purchases once without a fault and once with a TaskManager
 * killed mid-stream, while reminders sit in an open Kafka transaction, after a completed checkpoint.
 * A replacement TaskManager joins and the job restores from the checkpoint. The committed reminders
 * (read_committed) of both runs must be the same set: none lost, none duplicated.
 */
class ReminderExactlyOnceTest {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static final long DAY = 86_400_000L;
    private static final long HOUR = 3_600_000L;
    private static final int PARTITIONS = 2;
    private static final int LAST_PURCHASE_DAY = 100;
    /** Past every due time and expiry of the last purchases, so the watermark fires them all. */
    private static final int END_DAY = 140;
    private static final int FAILURE_FROM_DAY = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int SETTLE_CHECKPOINTS = 3;

    @TempDir Path checkpoints;
    private final TestEvents t = new TestEvents();

    /**
     * Twelve households, each buying one of three consumables flagged replenishable, every 6 to 10
     * days, in time order; each day's events end with a view on every partition so that no source
     * split is ever idle and the watermark never overtakes a record.
     */
    private List<List<Event>> days() {
        List<List<Event>> days = new ArrayList<>();
        for (int d = 0; d <= END_DAY; d++) days.add(new ArrayList<>());
        String[][] items = {{"formula", "baby"}, {"coffee", "pantry"}, {"detergent", "home"}};
        for (String[] item : items) {
            Event flag = t.catalogue(item[0], item[1], 10.0, 100);
            flag.replenishable = true;
            flag.eventTime = TestEvents.START;
            days.get(0).add(flag);
        }
        for (int u = 0; u < 12; u++) {
            int cycle = 6 + u % 5;
            for (int d = u % 4; d <= LAST_PURCHASE_DAY; d += cycle) {
                Event purchase = t.purchase("household-" + u, items[u % items.length][0], 1, 10.0);
                purchase.eventTime = TestEvents.START + d * DAY + (9 + u) * HOUR;
                days.get(d).add(purchase);
            }
        }
        for (List<Event> day : days) day.sort(Comparator.comparingLong(e -> e.eventTime));
        return days;
    }

    @Test
    void aTaskManagerFailureMidStreamNeitherLosesNorDuplicatesAReminder() throws Exception {
        List<List<Event>> days = days();

        Map<String, String> faultFree;
        Map<String, String> withFailure;
        try (MiniCluster cluster = twoTaskManagers()) {
            try (Run run = new Run("clean", cluster)) {
                days.forEach(run::publishDay);
                faultFree = run.committedRemindersAtTheEnd();
                assertEquals(0, run.restarts());
            }
            assertTrue(faultFree.size() >= 20, "the input must yield several reminders: " + faultFree.size());

            try (Run run = new Run("failure", cluster)) {
                days.subList(0, FAILURE_FROM_DAY).forEach(run::publishDay);
                run.awaitCheckpointWithCommittedReminders();
                int day = FAILURE_FROM_DAY;
                // Feed day by day until a reminder is written but not yet committed, then kill a TaskManager.
                do {
                    run.publishDay(days.get(day++));
                } while (!run.reminderInFlight(Duration.ofMillis(300)) && day < LAST_PURCHASE_DAY);
                assertTrue(day < LAST_PURCHASE_DAY, "no reminder was ever seen in an open transaction");
                run.failTaskManager();
                days.subList(day, days.size()).forEach(run::publishDay);
                withFailure = run.committedRemindersAtTheEnd();
                assertTrue(run.restarts() > 0, "the job must have restarted from the checkpoint");
            }
        }

        assertEquals(faultFree.keySet(), withFailure.keySet(), "the same reminder ids: none lost, none extra");
        assertEquals(faultFree, withFailure, "the same content for every reminder id");
    }

    /** Two TaskManagers with one slot each: the job (parallelism 2) runs on both. */
    private MiniCluster twoTaskManagers() throws Exception {
        EngineConfig settings = ConfigLoader.load("test", Map.of("runtime.checkpointDir", checkpoints.toUri().toString()));
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(RecommendationJob.flinkConfiguration(settings))
                .setNumTaskManagers(2).setNumSlotsPerTaskManager(1).withRandomPorts().build());
        cluster.start();
        return cluster;
    }

    /** One run of the job on its own topics, consumer group and checkpoints. */
    private final class Run implements AutoCloseable {
        private final EngineConfig config;
        private final EventCodec codec;
        private final MiniCluster cluster;
        private final JobID job;
        private final KafkaProducer<byte[], byte[]> producer;
        private final Admin admin;

        Run(String name, MiniCluster cluster) throws Exception {
            this.cluster = cluster;
            config = ConfigLoader.load("test", Map.of(
                    "kafka.bootstrapServers", KAFKA.bootstrapServers(),
                    "kafka.groupId", name + "-engine",
                    "kafka.inputTopics", "[" + name + ".events]",
                    "kafka.recommendationsTopic", name + ".recommendations",
                    "kafka.remindersTopic", name + ".reminders",
                    "kafka.deadLetterTopic", name + ".dead-letters",
                    "kafka.topicPartitions", Integer.toString(PARTITIONS),
                    "runtime.checkpointDir", checkpoints.resolve(name).toUri().toString(),
                    "runtime.checkpointInterval", "1s",
                    // Longer than any pause in the feed: a split never turns idle, so no record is ever late.
                    "runtime.watermarkIdleness", "10m"));
            KafkaIO.createTopics(config.kafka());
            codec = EventCodec.of(config);
            producer = KafkaTestClients.producer(KAFKA.bootstrapServers(), Map.of());
            admin = KafkaTestClients.admin(KAFKA.bootstrapServers());

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(RecommendationJob.flinkConfiguration(config));
            RecommendationJob.assemble(env, config, KafkaIO.jobIO(config.kafka(), codec, name + "-reminders"));
            JobGraph graph = env.getStreamGraph().getJobGraph();
            job = cluster.submitJob(graph).get().getJobID();
        }

        /** Sends one day's events, keyed by user, then a view at the day's end to every partition. */
        void publishDay(List<Event> day) {
            String topic = config.kafka().inputTopics().get(0);
            long end = TestEvents.START;
            for (Event e : day) {
                String key = e.userId != null ? e.userId : e.itemId;
                producer.send(new ProducerRecord<>(topic, KafkaTestClients.utf8(key), codec.encode(e)));
                end = Math.max(end, e.eventTime);
            }
            for (int p = 0; p < PARTITIONS; p++) {
                Event tick = t.view("clock-" + p, "clock");
                tick.eventTime = end;
                producer.send(new ProducerRecord<>(topic, p, KafkaTestClients.utf8(tick.userId), codec.encode(tick)));
            }
            producer.flush();
        }

        private AccessExecutionGraph graph() throws Exception {
            return cluster.getExecutionGraph(job).get();
        }

        private long completedCheckpoints() throws Exception {
            return graph().getCheckpointStatsSnapshot().getCounts().getNumberOfCompletedCheckpoints();
        }

        long restarts() throws Exception {
            long restarts = 0;
            for (AccessExecutionVertex v : graph().getAllExecutionVertices()) {
                restarts += v.getCurrentExecutionAttempt().getAttemptNumber();
            }
            return restarts;
        }

        private List<ConsumerRecord<byte[], byte[]>> committedReminders() {
            return KafkaTestClients.consumeToEnd(KAFKA.bootstrapServers(), config.kafka().remindersTopic(), true, TIMEOUT);
        }

        void awaitCheckpointWithCommittedReminders() throws Exception {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (committedReminders().isEmpty()) {
                if (System.nanoTime() > deadline) throw new AssertionError("no reminder committed within " + TIMEOUT);
                Thread.sleep(200);
            }
            assertTrue(completedCheckpoints() >= 1);
        }

        /**
         * Whether, within {@code wait}, a reminders partition holds records of an open transaction:
         * its last stable offset (what read_committed readers may read up to) is behind its end.
         */
        boolean reminderInFlight(Duration wait) throws Exception {
            long deadline = System.nanoTime() + wait.toNanos();
            do {
                Map<TopicPartition, Long> stable = endOffsets(config.kafka().remindersTopic(), IsolationLevel.READ_COMMITTED);
                Map<TopicPartition, Long> end = endOffsets(config.kafka().remindersTopic(), IsolationLevel.READ_UNCOMMITTED);
                if (end.entrySet().stream().anyMatch(e -> e.getValue() > stable.get(e.getKey()))) return true;
                Thread.sleep(20);
            } while (System.nanoTime() < deadline);
            return false;
        }

        private Map<TopicPartition, Long> endOffsets(String topic, IsolationLevel isolation) throws Exception {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < PARTITIONS; p++) latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get()
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        }

        /** Kills the first TaskManager, so tasks fail on it and the job restores from the last checkpoint, and adds a fresh one. */
        void failTaskManager() throws Exception {
            cluster.terminateTaskManager(0).get();
            cluster.startTaskManager();
        }

        /**
         * Waits until the job has consumed and checkpointed the whole input, then until the committed
         * reminders stop changing over {@link #SETTLE_CHECKPOINTS} checkpoints (operators downstream of
         * the source may lag behind it under load); returns reminder id to its record value, failing on a
         * duplicated id.
         */
        Map<String, String> committedRemindersAtTheEnd() throws Exception {
            awaitInputCheckpointed();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            List<ConsumerRecord<byte[], byte[]>> before;
            List<ConsumerRecord<byte[], byte[]>> after = committedReminders();
            do {
                before = after;
                long target = completedCheckpoints() + SETTLE_CHECKPOINTS;
                while (completedCheckpoints() < target) {
                    if (System.nanoTime() > deadline) throw new AssertionError("reminders still changing after " + TIMEOUT);
                    Thread.sleep(100);
                }
                after = committedReminders();
            } while (after.size() != before.size());
            Map<String, String> byId = new TreeMap<>();
            for (ConsumerRecord<byte[], byte[]> r : after) {
                String value = new String(r.value(), StandardCharsets.UTF_8);
                String previous = byId.put(codec.decodeReminder(r.value()).reminderId, value);
                assertEquals(null, previous, "duplicated reminder " + value);
            }
            return byId;
        }

        /** The source commits its offsets when a checkpoint completes; wait until they reach the end of the input. */
        private void awaitInputCheckpointed() throws Exception {
            KafkaTestClients.awaitCommitted(admin, config.kafka().groupId(),
                    endOffsets(config.kafka().inputTopics().get(0), IsolationLevel.READ_UNCOMMITTED), TIMEOUT, () -> "");
        }

        @Override
        public void close() throws Exception {
            try {
                cluster.cancelJob(job).get();
            } finally {
                admin.close();
                producer.close();
            }
        }
    }
}
