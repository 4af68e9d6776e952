package org.streamrec.tools.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.state.api.OperatorIdentifier;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.RecommendationJob;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.tools.kafka.EmbeddedKafkaExtension;
import org.streamrec.tools.kafka.KafkaTestClients;
import org.streamrec.tools.kafka.TestEvents;

/**
 * Forget-me, proven on the state itself: two shoppers do the same things (consent, views, repeated
 * purchases of a replenishable item, so every user-keyed operator holds something of theirs), one
 * asks to be forgotten, and a savepoint of the job is read with Flink's State Processor API. No
 * operator's keyed state may hold the forgotten shopper's key, while the other shopper's key is in
 * every operator keyed by user; and the recommendations topic carries a tombstone for the forgotten one.
 */
class ForgetMeTest {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static final long DAY = 86_400_000L;
    private static final String FORGOTTEN = "forget-me";
    private static final String KEPT = "keep-me";
    /** The operators keyed by user today: the reader must find the kept shopper in each (it enumerates all operators itself). */
    private static final List<String> USER_KEYED = List.of("user-profile", "replenish-intervals", "contact-step", "attribution");

    @TempDir Path directory;
    private final TestEvents t = new TestEvents();

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void afterForgetUserNoOperatorHoldsTheUsersKeyAndTheirListIsTombstoned() throws Exception {
        EngineConfig config = ConfigLoader.load("test", Map.of(
                "kafka.bootstrapServers", KAFKA.bootstrapServers(),
                "kafka.groupId", "forget-engine",
                "kafka.inputTopics", "[forget.events]",
                "kafka.recommendationsTopic", "forget.recommendations",
                "kafka.remindersTopic", "forget.reminders",
                "kafka.deadLetterTopic", "forget.dead-letters",
                "runtime.checkpointDir", directory.resolve("checkpoints").toUri().toString(),
                "runtime.checkpointInterval", "1s"));
        KafkaIO.createTopics(config.kafka());
        EventCodec codec = EventCodec.of(config);

        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(RecommendationJob.flinkConfiguration(config))
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(2).withRandomPorts().build());
        cluster.start();
        String savepoint;
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(KAFKA.bootstrapServers(), Map.of())) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(RecommendationJob.flinkConfiguration(config));
            RecommendationJob.assemble(env, config, KafkaIO.jobIO(config.kafka(), codec, "forget-reminders"));
            JobID job = cluster.submitJob(env.getStreamGraph().getJobGraph()).get().getJobID();
            String topic = config.kafka().inputTopics().get(0);
            for (Event e : events()) {
                String key = e.userId != null ? e.userId : e.itemId;
                producer.send(new ProducerRecord<>(topic, KafkaTestClients.utf8(key), codec.encode(e)));
            }
            producer.flush();
            awaitTombstone(config);
            // The replenishment steps act on forget_user once the watermark passes it (they order by
            // event time): give the later events' watermark a few checkpoints to get there.
            Thread.sleep(5_000);
            savepoint = cluster.stopWithSavepoint(job, directory.resolve("savepoints").toUri().toString(), false,
                    SavepointFormatType.CANONICAL).get(2, TimeUnit.MINUTES);
        } finally {
            cluster.close();
        }

        Map<String, Set<String>> keys = SavepointKeys.byOperator(savepoint);
        Map<String, Set<String>> holdingForgotten = new TreeMap<>();
        keys.forEach((operator, k) -> {
            if (k.contains(FORGOTTEN)) holdingForgotten.put(operator, k);
        });
        System.out.printf("forget-me: %d operators with keyed state in the savepoint; holding %s: %s; holding %s: %d%n", keys.size(),
                FORGOTTEN, holdingForgotten.keySet(), KEPT, keys.values().stream().filter(k -> k.contains(KEPT)).count());
        assertTrue(holdingForgotten.isEmpty(), "the forgotten user's key is still in the keyed state of " + holdingForgotten.keySet());
        for (String uid : USER_KEYED) {
            String id = OperatorIdentifier.forUid(uid).getOperatorId().toHexString();
            assertTrue(keys.containsKey(id) && keys.get(id).contains(KEPT), "the reader did not find " + KEPT + " in " + uid + ": " + keys.get(id));
        }
    }

    /**
     * Both shoppers consent, view, and buy a replenishable item every week for a month; then one asks
     * to be forgotten; then days of other shoppers' views on every item, so the watermark passes it.
     */
    private List<Event> events() {
        List<Event> events = new ArrayList<>();
        Event coffee = t.catalogue("coffee", "pantry", 10.0, 100);
        coffee.replenishable = true;
        coffee.eventTime = TestEvents.START;
        events.add(coffee);
        Event mug = t.catalogue("mug", "kitchen", 8.0, 100);
        mug.eventTime = TestEvents.START;
        events.add(mug);
        for (String user : List.of(FORGOTTEN, KEPT)) {
            Event consent = t.of(EventType.CONSENT, user, null);
            consent.granted = true;
            consent.timeZone = "Europe/Berlin";
            consent.eventTime = TestEvents.START + 1000;
            events.add(consent);
            for (int week = 0; week < 4; week++) {
                Event view = t.view(user, "mug");
                view.eventTime = TestEvents.START + week * 7 * DAY + 2000;
                events.add(view);
                Event purchase = t.purchase(user, "coffee", 1, 10.0);
                purchase.eventTime = TestEvents.START + week * 7 * DAY + 3000;
                events.add(purchase);
            }
        }
        Event forget = t.of(EventType.FORGET_USER, FORGOTTEN, null);
        forget.eventTime = TestEvents.START + 28 * DAY;
        events.add(forget);
        for (int day = 29; day < 32; day++) {
            for (int shopper = 0; shopper < 8; shopper++) {
                Event view = t.view("passer-by-" + shopper, shopper % 2 == 0 ? "mug" : "coffee");
                view.eventTime = TestEvents.START + day * DAY + shopper;
                events.add(view);
            }
        }
        events.sort(java.util.Comparator.comparingLong(e -> e.eventTime));
        return events;
    }

    private static void awaitTombstone(EngineConfig config) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : KafkaTestClients.consumeToEnd(KAFKA.bootstrapServers(),
                    config.kafka().recommendationsTopic(), false, Duration.ofSeconds(30))) {
                if (FORGOTTEN.equals(KafkaTestClients.text(r.key())) && r.value() == null) return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no tombstone for " + FORGOTTEN + " on " + config.kafka().recommendationsTopic());
    }
}
