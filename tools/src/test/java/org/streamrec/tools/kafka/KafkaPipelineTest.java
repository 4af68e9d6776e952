package org.streamrec.tools.kafka;

import org.streamrec.connectors.kafka.KafkaIO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.tools.roundtrip.EventPublisher;
import org.streamrec.tools.local.LocalJob;
import org.streamrec.tools.roundtrip.MalformedRecords;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.codec.RejectCode;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;

/**
 * The whole job on a Flink MiniCluster (RocksDB, checkpoints) against a real KRaft broker:
 * events go in through the input topics, and assertions read the output topics.
 */
class KafkaPipelineTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROBE_WAIT = Duration.ofSeconds(1);

    private static EmbeddedKafka kafka;
    private static EngineConfig config;
    private static EventCodec codec;
    private static JobClient job;
    private static EventPublisher publisher;
    private final TestEvents t = new TestEvents();

    @BeforeAll
    static void startBrokerAndJob() throws Exception {
        kafka = EmbeddedKafka.start();
        config = ConfigLoader.load("test", Map.of("kafka.bootstrapServers", kafka.bootstrapServers()));
        KafkaIO.createTopics(config.kafka());
        codec = EventCodec.of(config);
        job = LocalJob.start(config, KafkaIO.jobIO(config.kafka(), codec, "pipeline-test"), "pipeline test");
        publisher = new EventPublisher(config.kafka(), codec);
    }

    @AfterAll
    static void stop() throws Exception {
        if (publisher != null) publisher.close();
        if (job != null) job.cancel().get();
        if (kafka != null) kafka.close();
    }

    @Test
    void recommendsTheExactItemsForAConstructedHistory() throws Exception {
        // exact-B co-occurs with exact-A for two users, exact-C for one; exact-D and E were never seen with A.
        List<Event> history = List.of(
                t.view("exact-u1", "exact-A"), t.view("exact-u1", "exact-B"),
                t.view("exact-u2", "exact-A"), t.view("exact-u2", "exact-B"),
                t.view("exact-u3", "exact-A"), t.view("exact-u3", "exact-C"),
                t.view("exact-u5", "exact-D"), t.view("exact-u5", "exact-E"));
        try (TopicReader recs = new TopicReader(kafka.bootstrapServers(), config.kafka().recommendationsTopic())) {
            history.forEach(publisher::publish);
            publisher.flush();
            // Requests and co-occurrence updates travel different paths, so a new shopper viewing A
            // probes the neighbourhood until every update has landed; each probe only adds to A's count.
            Recommendation r = probeUntilComplete(recs, "exact-A", 2);

            assertEquals(List.of("exact-B", "exact-C"), similar(r));
            assertEquals(Recommendation.SCHEMA_VERSION, r.schemaVersion);
            assertTrue(r.items.stream().anyMatch(i -> i.itemId.equals(r.offer.itemId)), "the offer leads with an item of the list");
            assertTrue(r.items.get(0).reason.contains("exact-A"), r.items.get(0).reason);
            // asymmetric cosine: B = 2/(count(A)^alpha x 2^(1 - alpha)), C = 1/(count(A)^alpha x 1), each
            // times the same seed weight, so B/C = 2^alpha; events seconds apart weigh within 1e-5 of each
            // other under the 30-day co-occurrence half-life
            assertEquals(Math.pow(2, config.similarity().alpha()), r.items.get(0).score / r.items.get(1).score, 1e-4);
            for (Recommendation any : recs.during(Duration.ZERO).stream().map(this::decode).toList()) {
                if (any.userId.startsWith("exact-")) {
                    assertTrue(similar(any).stream().noneMatch(i -> i.equals("exact-D") || i.equals("exact-E")),
                            "D and E never co-occurred with A, B or C: " + any.items);
                }
            }
        }
    }

    /** The list's items that are there for their similarity to what the user did, best first (lists go on with what trends). */
    private static List<String> similar(Recommendation r) {
        return r.items.stream().filter(i -> RankedItem.SIMILAR.equals(i.source)).map(i -> i.itemId).toList();
    }

    /**
     * Sends views of {@code item} by new shoppers until two probes in a row get the same list of at
     * least {@code size} items; returns the second. A list can be complete in size while a pair
     * update is still on its way (it travels apart from the request), so one such list is not enough.
     */
    private Recommendation probeUntilComplete(TopicReader recs, String item, int size) throws InterruptedException {
        List<String> previous = new ArrayList<>();
        return probeUntil(recs, item, r -> {
            List<String> items = similar(r);
            boolean settled = items.size() >= size && items.equals(previous);
            previous.clear();
            previous.addAll(items);
            return settled;
        }, "the same complete list twice");
    }

    /** Sends views of {@code item} by new shoppers until the list one gets satisfies {@code wanted}; returns it. */
    private Recommendation probeUntil(TopicReader recs, String item, Predicate<Recommendation> wanted, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
        for (int n = 0; System.currentTimeMillis() < deadline; n++) {
            Event probe = t.view(item + "-probe-" + n, item);
            publisher.publish(probe);
            publisher.flush();
            Recommendation r = recs.during(PROBE_WAIT).stream()
                    .map(this::decode).filter(x -> x.triggerEventId.equals(probe.eventId)).findFirst().orElse(null);
            if (r != null && wanted.test(r)) return r;
        }
        throw new AssertionError("no " + what + " for a view of " + item + " within " + TIMEOUT);
    }

    @Test
    void aRuleSentToTheRulesTopicChangesTheOfferOfTheRunningJob() throws Exception {
        List<Event> history = List.of(
                t.view("rule-u1", "rule-A"), t.view("rule-u1", "rule-B"),
                t.view("rule-u2", "rule-A"), t.view("rule-u2", "rule-B"),
                t.view("rule-u3", "rule-A"), t.view("rule-u3", "rule-C"));
        try (TopicReader recs = new TopicReader(kafka.bootstrapServers(), config.kafka().recommendationsTopic());
             KafkaProducer<byte[], byte[]> rules = KafkaTestClients.producer(kafka.bootstrapServers(), Map.of())) {
            history.forEach(publisher::publish);
            publisher.flush();
            Recommendation before = probeUntilComplete(recs, "rule-A", 2);
            assertEquals("rule-B", before.offer.itemId, "without rules the stronger neighbour leads");

            String boost = "{\"ruleId\": \"push-C\", \"scope\": \"item\", \"target\": \"rule-C\", \"weight\": 10}";
            rules.send(new ProducerRecord<>(config.kafka().rulesTopic(), KafkaTestClients.utf8("push-C"),
                    KafkaTestClients.utf8(boost))).get();
            Recommendation after = probeUntil(recs, "rule-A", r -> "rule-C".equals(r.offer.itemId), "offer of rule-C");

            assertEquals(List.of("rule-B", "rule-C"), similar(after),
                    "the rule weighs the offer, not the ranking");
            assertTrue(after.offer.reason.contains("business weight 10.00"), after.offer.reason);
        }
    }

    @Test
    void everyKindOfMalformedRecordBecomesADeadLetterAndTheJobGoesOn() throws Exception {
        List<MalformedRecords.Sample> samples = MalformedRecords.all(System.currentTimeMillis(), config.ingest());
        try (TopicReader dead = new TopicReader(kafka.bootstrapServers(), config.kafka().deadLetterTopic());
             TopicReader recs = new TopicReader(kafka.bootstrapServers(), config.kafka().recommendationsTopic())) {
            Map<String, MalformedRecords.Sample> sentAt = new HashMap<>();
            for (MalformedRecords.Sample s : samples) {
                RecordMetadata where = publisher.publishRaw(s.payload()).get();
                sentAt.put(where.partition() + "@" + where.offset(), s);
            }
            List<ConsumerRecord<byte[], byte[]>> letters = dead.until(rs -> rs.size() >= samples.size(), TIMEOUT);

            Map<String, RejectCode> codes = new TreeMap<>();
            for (ConsumerRecord<byte[], byte[]> record : letters) {
                DeadLetter letter = KafkaIO.deadLetterOf(record);
                MalformedRecords.Sample s = sentAt.get(letter.partition + "@" + letter.offset);
                assertNotNull(s, "a dead letter of no record sent here: " + letter.reason);
                assertEquals(config.kafka().inputTopics().get(0), letter.sourceTopic);
                assertTrue(s.payload() == null ? letter.payload == null
                        : Arrays.equals(letter.payload, Arrays.copyOf(s.payload(), Math.min(s.payload().length,
                                config.ingest().maxRecordBytes()))), s.name() + ": the original bytes, up to the size limit");
                codes.put(s.name(), RejectCode.ofReason(letter.reason).orElseThrow());
            }
            Map<String, RejectCode> expected = new TreeMap<>();
            samples.forEach(s -> expected.put(s.name(), s.expected()));
            assertEquals(expected, codes, "one dead letter per record, each with its code");

            assertEquals(JobStatus.RUNNING, job.getJobStatus().get());
            Event first = t.view("dlq-u1", "dlq-A");
            Event second = t.view("dlq-u1", "dlq-B");
            List.of(first, second).forEach(publisher::publish);
            publisher.flush();
            assertEquals(List.of("dlq-B"), similar(probeUntilComplete(recs, "dlq-A", 1)));
        }
    }

    @Test
    void aDuplicateEventIsCountedOnce() throws Exception {
        Event a = t.view("dup-u0", "dup-A");
        Event b = t.view("dup-u0", "dup-B");
        Event probe = t.view("dup-u1", "dup-A");
        try (TopicReader recs = new TopicReader(kafka.bootstrapServers(), config.kafka().recommendationsTopic())) {
            publisher.publish(a);
            publisher.publish(b);
            publisher.flush();
            probeUntilComplete(recs, "dup-A", 1);
            publisher.publish(probe);
            publisher.publish(probe); // the same event id again: must change nothing
            publisher.flush();
            recs.until(rs -> triggers(rs).contains(probe.eventId), TIMEOUT);
            List<ConsumerRecord<byte[], byte[]>> seen = recs.during(Duration.ofSeconds(3));

            long forProbe = seen.stream().map(this::decode).filter(r -> r.triggerEventId.equals(probe.eventId)).count();
            assertEquals(1, forProbe, "one recommendation for the event, none for its duplicate");
            assertEquals(List.of("dup-B"), similar(recommendationFor(seen, probe)));
        }
    }

    private Recommendation recommendationFor(List<ConsumerRecord<byte[], byte[]>> records, Event trigger) {
        return records.stream().map(this::decode).filter(r -> r.triggerEventId.equals(trigger.eventId))
                .findFirst().orElseThrow();
    }

    private Set<String> triggers(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> decode(r).triggerEventId).collect(Collectors.toSet());
    }

    private Recommendation decode(ConsumerRecord<byte[], byte[]> r) {
        return codec.decodeRecommendation(r.value());
    }

    /** An anonymous shopper who logs in gets lists from what they did anonymously (identity resolution before the profile). */
    @Test
    void theCustomersNextListReflectsWhatTheyDidAnonymously() throws Exception {
        // id-B goes with id-A for three shoppers; id-Z has no neighbours at all. Only cust-77's own
        // history can seed id-B with the reason id-A: trending fills would give other reasons.
        List<Event> history = List.of(t.view("id-u1", "id-A"), t.view("id-u1", "id-B"), t.view("id-u2", "id-A"),
                t.view("id-u2", "id-B"), t.view("id-u3", "id-A"), t.view("id-u3", "id-B"));
        Event anonymousView = t.view("anon-77", "id-A");
        anonymousView.anonymousId = "anon-77";
        Event login = t.of(EventType.IDENTIFY, "cust-77", null);
        login.anonymousId = "anon-77";
        try (TopicReader recs = new TopicReader(kafka.bootstrapServers(), config.kafka().recommendationsTopic())) {
            history.forEach(publisher::publish);
            publisher.publish(anonymousView);
            publisher.publish(login);
            publisher.flush();
            long deadline = System.currentTimeMillis() + 90_000; // a login's replay takes two more keyed steps
            while (System.currentTimeMillis() < deadline) {
                Event probe = t.view("cust-77", "id-Z");
                publisher.publish(probe);
                publisher.flush();
                boolean fromAnonymousHistory = recs.during(Duration.ofSeconds(1)).stream()
                        .map(r -> codec.decodeRecommendation(r.value()))
                        .filter(r -> r.triggerEventId.equals(probe.eventId))
                        .anyMatch((Recommendation r) -> r.items.stream()
                                .anyMatch(i -> i.itemId.equals("id-B") && i.reason.contains("id-A")));
                if (fromAnonymousHistory) return;
            }
            throw new AssertionError("no list for cust-77 recommended id-B for the id-A they viewed anonymously"
                    + " (trending fills may list id-B, but not for that reason)");
        }
    }
}
