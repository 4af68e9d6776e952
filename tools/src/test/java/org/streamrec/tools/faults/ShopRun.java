package org.streamrec.tools.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.tools.cluster.FlinkCluster;
import org.streamrec.tools.kafka.KafkaTestClients;

/**
 * One run of the job jar on the cluster, on topics, a consumer group, a transactional id prefix and
 * checkpoints of its own, fed a fixed list of events: the first part as fast as the broker takes it
 * (then it waits until a checkpoint holds all of it), the rest at a steady rate from a thread of its
 * own, so a fault can strike while events flow. Lists are watched as they arrive, to time recovery.
 */
final class ShopRun implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final int SETTLE_CHECKPOINTS = 3;

    private final FlinkCluster cluster;
    private final String bootstrapServers;
    private final List<Event> events;
    private final EngineConfig config;
    private final EventCodec codec;
    private final List<String> jobArguments;
    private final KafkaProducer<byte[], byte[]> producer;
    private final Admin admin;
    private final ListWatcher lists;
    private final AtomicInteger sent = new AtomicInteger();
    private final ConcurrentLinkedQueue<Throwable> feedErrors = new ConcurrentLinkedQueue<>();
    private String job;

    ShopRun(String name, FlinkCluster cluster, String bootstrapServers, String jarId, List<Event> events) {
        this.cluster = cluster;
        this.bootstrapServers = bootstrapServers;
        this.events = events;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kafka.bootstrapServers", bootstrapServers);
        settings.put("kafka.groupId", name + "-engine");
        settings.put("kafka.inputTopics", "[" + name + ".events]");
        settings.put("kafka.rulesTopic", name + ".rules");
        settings.put("kafka.recommendationsTopic", name + ".recommendations");
        settings.put("kafka.remindersTopic", name + ".reminders");
        settings.put("kafka.deadLetterTopic", name + ".dead-letters");
        settings.put("runtime.checkpointDir", cluster.checkpointDirectory());
        settings.put("runtime.checkpointInterval", "1s");
        // Longer than any fault: no split turns idle, so the watermark never passes a record and every
        // run over the same input sends the same reminders (ReplenishmentGraph orders by event time).
        settings.put("runtime.watermarkIdleness", "10m");
        config = ConfigLoader.load("test", settings);
        codec = EventCodec.of(config);
        KafkaIO.createTopics(config.kafka());
        jobArguments = new ArrayList<>(List.of("--config", "test"));
        settings.forEach((key, value) -> jobArguments.addAll(List.of("--set", key + "=" + value)));
        producer = KafkaTestClients.producer(bootstrapServers, Map.of(ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5));
        admin = KafkaTestClients.admin(bootstrapServers);
        lists = new ListWatcher(bootstrapServers, config.kafka().recommendationsTopic(), codec);
        job = cluster.submit(jarId, jobArguments, null);
        cluster.awaitRunning(job);
    }

    String job() {
        return job;
    }

    /** After the JobManager was lost with the job: submits it again from {@code checkpoint}, on a jar uploaded again. */
    void resubmitFrom(String jar, String checkpoint) {
        job = cluster.submit(jar, jobArguments, checkpoint);
        cluster.awaitRunning(job);
    }

    /** Sends the first {@code count} events and waits until a completed checkpoint holds all of them. */
    void sendAndCheckpoint(int count) throws Exception {
        while (sent.get() < count) send(events.get(sent.getAndIncrement()));
        producer.flush();
        awaitInputCheckpointed();
    }

    /** Sends the remaining events at {@code perSecond} from a thread of its own. */
    Thread feedRest(int perSecond) {
        Thread feeder = new Thread(() -> {
            long start = System.nanoTime();
            int first = sent.get();
            try {
                while (sent.get() < events.size()) {
                    long due = start + (long) ((sent.get() - first) * 1e9 / perSecond);
                    long wait = due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    send(events.get(sent.get()));
                    sent.incrementAndGet();
                }
                producer.flush();
            } catch (Throwable t) {
                feedErrors.add(t);
            }
        }, "shop-feeder");
        feeder.start();
        return feeder;
    }

    /** How many events were handed to the producer so far: events from this index on were sent after now. */
    int sent() {
        return sent.get();
    }

    private void send(Event e) {
        String key = e.userId != null ? e.userId : e.itemId;
        producer.send(new ProducerRecord<>(config.kafka().inputTopics().get(0), KafkaTestClients.utf8(key), codec.encode(e)),
                (metadata, error) -> { if (error != null) feedErrors.add(error); });
    }

    /** Wall-clock time the first list for one of {@code eventIds} arrived, or -1 if none did yet. */
    long firstListFor(java.util.Set<String> eventIds) {
        return lists.firstArrival(eventIds);
    }

    /**
     * Waits for the feeder, then until the job has consumed and checkpointed the whole input and the
     * committed reminders stop changing over {@link #SETTLE_CHECKPOINTS} checkpoints; returns what came out.
     */
    Outcome finish(Thread feeder) throws Exception {
        feeder.join(TIMEOUT.toMillis());
        if (feeder.isAlive()) throw new AssertionError("the feed did not end within " + TIMEOUT);
        if (!feedErrors.isEmpty()) throw new AssertionError("sending the shop's events failed", feedErrors.peek());
        awaitInputCheckpointed();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<ConsumerRecord<byte[], byte[]>> before;
        List<ConsumerRecord<byte[], byte[]>> after = committedReminders();
        do {
            before = after;
            long target = cluster.completedCheckpoints(job) + SETTLE_CHECKPOINTS;
            while (cluster.completedCheckpoints(job) < target) {
                if (System.nanoTime() > deadline) throw new AssertionError("reminders still changing after " + TIMEOUT);
                Thread.sleep(100);
            }
            after = committedReminders();
        } while (after.size() != before.size());
        Map<String, String> reminders = new TreeMap<>();
        List<String> duplicated = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : after) {
            String value = new String(r.value(), StandardCharsets.UTF_8);
            if (reminders.put(codec.decodeReminder(r.value()).reminderId, value) != null) duplicated.add(value);
        }
        List<Recommendation> delivered = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : KafkaTestClients.consumeToEnd(bootstrapServers, config.kafka().recommendationsTopic(), false, TIMEOUT)) {
            if (r.value() != null) delivered.add(codec.decodeRecommendation(r.value()));
        }
        return new Outcome(reminders, duplicated, delivered, cluster.restarts(job));
    }

    /** What a run sent: reminders by id (read_committed), reminders seen twice, every list delivered, restarts of the last job. */
    record Outcome(Map<String, String> reminders, List<String> duplicatedReminders, List<Recommendation> lists, long restarts) {}

    private List<ConsumerRecord<byte[], byte[]>> committedReminders() {
        return KafkaTestClients.consumeToEnd(bootstrapServers, config.kafka().remindersTopic(), true, TIMEOUT);
    }

    /** The source commits its offsets when a checkpoint completes: waits until they reach the end of what was sent. */
    private void awaitInputCheckpointed() throws Exception {
        String topic = config.kafka().inputTopics().get(0);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < config.kafka().topicPartitions(); p++) latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get()
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        KafkaTestClients.awaitCommitted(admin, config.kafka().groupId(), ends, TIMEOUT,
                () -> "\njobmanager log:\n" + cluster.logTail(FlinkCluster.JOB_MANAGER, 40));
    }

    @Override
    public void close() throws Exception {
        try {
            if (job != null && cluster.jobState(job).equals("RUNNING")) cluster.cancel(job);
        } finally {
            lists.close();
            admin.close();
            producer.close(Duration.ofSeconds(10));
        }
    }
}
