package org.streamrec.tools.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Future;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.codec.RejectCode;
import org.streamrec.engine.job.RecommendationJob;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.config.SyntheticShopConfig;
import org.streamrec.tools.roundtrip.MalformedRecords;
import org.streamrec.tools.shop.SyntheticShop;

/**
 * A flood of bad input at full rate: half of all records on the events topic are bad (every kind
 * of {@link MalformedRecords}, a 10 MB record, and seeded random bytes), sent as fast as one
 * producer can, with garbage on the rules topic besides. The whole job runs on a MiniCluster
 * against a real broker. It must never restart (numRestarts from the REST API stays 0 and the
 * exception history stays empty), and each bad record must come out on the dead-letter topic once,
 * with its bytes and the reason the decoder gives it, traced by topic, partition and offset.
 */
class BadInputFloodTest {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static final long SEED = 4242;
    /** Records on the events topic; half of them bad. */
    private static final int RECORDS = Integer.getInteger("flood.records", 10_000);
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;
    /** Bad records on the rules topic: the first this many kinds of {@link MalformedRecords}. */
    private static final int RULE_GARBAGE = 20;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path checkpoints;

    @Test
    void halfOfAllRecordsBadAtFullRateNeverRestartTheJobAndEachBecomesADeadLetterWithItsReason() throws Exception {
        LaunchConfig launch = LaunchConfig.load("test", Map.of(
                "kafka.bootstrapServers", KAFKA.bootstrapServers(),
                "kafka.groupId", "flood-engine",
                "kafka.inputTopics", "[flood.events, flood.catalogue]",
                "kafka.rulesTopic", "flood.rules",
                "kafka.recommendationsTopic", "flood.recommendations",
                "kafka.remindersTopic", "flood.reminders",
                "kafka.deadLetterTopic", "flood.dead-letters",
                "runtime.checkpointDir", checkpoints.toUri().toString(),
                "syntheticShop.users", "200"));
        EngineConfig config = launch.engine();
        KafkaIO.createTopics(config.kafka());
        letTheEventsTopicTakeTenMegabyteRecords(config);
        EventCodec codec = EventCodec.of(config);

        Configuration flink = RecommendationJob.flinkConfiguration(config);
        flink.set(MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, Duration.ofMillis(500));
        try (MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(flink)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(config.runtime().parallelism()).withRandomPorts().build())) {
            cluster.start();
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
            RecommendationJob.assemble(env, config, KafkaIO.jobIO(config.kafka(), codec, "flood"));
            JobID job = cluster.submitJob(env.getStreamGraph().getJobGraph()).get().getJobID();
            URI rest = cluster.getRestAddress().get();

            Map<String, Expected> expected = flood(config, launch.tools().syntheticShop(), codec);
            Map<String, String> codesByKind = new TreeMap<>();
            List<ConsumerRecord<byte[], byte[]>> letters = KafkaTestClients.consume(KAFKA.bootstrapServers(),
                    config.kafka().deadLetterTopic(), false, expected.size(), TIMEOUT);

            Map<String, String> reasons = new TreeMap<>();
            for (ConsumerRecord<byte[], byte[]> record : letters) {
                DeadLetter letter = KafkaIO.deadLetterOf(record);
                String where = letter.sourceTopic + "/" + letter.partition + "@" + letter.offset;
                Expected sent = expected.get(where);
                assertNotNull(sent, "a dead letter for a record that was not sent bad: " + where + " " + letter.reason);
                assertNull(reasons.put(where, comparable(letter.reason)), "two dead letters for " + where);
                assertArrayEquals(sent.kept(), letter.payload, "the bytes of " + sent.kind());
                if (sent.code() != null) codesByKind.put(sent.kind(), RejectCode.ofReason(letter.reason).orElseThrow().code());
            }
            Map<String, String> expectedReasons = new TreeMap<>();
            expected.forEach((where, sent) -> expectedReasons.put(where, comparable(sent.reason())));
            assertEquals(expectedReasons.size(), reasons.size(), "one dead letter for each bad record");
            assertEquals(expectedReasons, reasons, "each with the reason the decoder gives it");
            Map<String, String> expectedCodes = new TreeMap<>();
            expected.values().stream().filter(e -> e.code() != null).forEach(e -> expectedCodes.put(e.kind(), e.code()));
            assertEquals(expectedCodes, codesByKind);

            assertTrue(KafkaTestClients.consume(KAFKA.bootstrapServers(), config.kafka().recommendationsTopic(), false, 1,
                    TIMEOUT).size() > 0, "the good half must still be recommended on");
            assertEquals("RUNNING", get(rest, "/jobs/" + job).get("state").asText());
            long restarts = restarts(rest, job);
            System.out.printf("flood: %d records on the events topic, %d bad records in all (%d known kinds, %d on the rules "
                    + "topic), %d dead letters, numRestarts %d%n", RECORDS, expected.size(), expectedCodes.size(), RULE_GARBAGE,
                    letters.size(), restarts);
            assertEquals(0, restarts, "numRestarts");
            assertEquals(0, get(rest, "/jobs/" + job + "/exceptions").get("exceptionHistory").get("entries").size(),
                    "no failure in the job's exception history");
            cluster.cancelJob(job).get();
        }
    }

    /**
     * A reason as it can be compared between the test's decoding and the job's: a future_time
     * reason says how far ahead of the clock, which moves between the two.
     */
    private static String comparable(String reason) {
        return reason.startsWith(RejectCode.FUTURE_TIME.code() + ":") ? RejectCode.FUTURE_TIME.code() : reason;
    }

    /** A bad record sent: its kind, what the dead letter must keep and say, and the code of a known kind. */
    private record Expected(String kind, byte[] kept, String reason, String code) {}

    /**
     * Sends RECORDS records to the events topic, half of them bad, in a seeded random order, plus
     * garbage and two good rules to the rules topic; returns the bad ones by topic/partition@offset.
     */
    private Map<String, Expected> flood(EngineConfig config, SyntheticShopConfig shopConfig, EventCodec codec) throws Exception {
        Random random = new Random(SEED);
        long now = System.currentTimeMillis();
        List<MalformedRecords.Sample> kinds = new ArrayList<>(MalformedRecords.all(now, config.ingest()));
        byte[] tenMegabytes = ("{\"eventId\":\"huge\",\"type\":\"search\",\"userId\":\"u1\",\"eventTime\":" + now
                + ",\"query\":\"" + "q".repeat(TEN_MEGABYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        kinds.add(new MalformedRecords.Sample("a 10 MB string", tenMegabytes, RejectCode.TOO_LARGE));
        SyntheticShop shop = new SyntheticShop(shopConfig);
        String events = config.kafka().inputTopics().get(0);
        String rules = config.kafka().rulesTopic();

        Map<String, Future<RecordMetadata>> sent = new HashMap<>();
        Map<String, byte[]> payloads = new HashMap<>();
        Map<String, String> kindOf = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(KAFKA.bootstrapServers(), Map.of(
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * TEN_MEGABYTES, ProducerConfig.LINGER_MS_CONFIG, 5))) {
            int bad = 0;
            for (int n = 0; n < RECORDS; n++) {
                if (random.nextBoolean() && shop.hasNext()) {
                    Event e = shop.next();
                    producer.send(new ProducerRecord<>(events, KafkaTestClients.utf8(e.userId != null ? e.userId : e.itemId),
                            codec.encode(e)));
                    continue;
                }
                String id = "bad-" + bad++;
                byte[] payload;
                if (bad <= kinds.size()) {
                    MalformedRecords.Sample kind = kinds.get(bad - 1);
                    payload = kind.payload();
                    kindOf.put(id, kind.name() + " -> " + kind.expected().code());
                } else {
                    payload = new byte[random.nextInt(300)];
                    random.nextBytes(payload);
                }
                payloads.put(id, payload);
                sent.put(id, producer.send(new ProducerRecord<>(events, null, payload)));
            }
            List<byte[]> ruleRecords = List.of(
                    KafkaTestClients.utf8("{\"ruleId\": \"ok-1\", \"scope\": \"item\", \"target\": \"i1\", \"weight\": 2}"),
                    KafkaTestClients.utf8("{\"ruleId\": \"ok-2\", \"scope\": \"category\", \"target\": \"c1\", \"weight\": 0.5}"));
            for (int r = 0; r < RULE_GARBAGE; r++) {
                byte[] payload = kinds.get(r).payload();
                String id = "rule-bad-" + r;
                payloads.put(id, payload);
                sent.put(id, producer.send(new ProducerRecord<>(rules, null, payload)));
            }
            for (byte[] rule : ruleRecords) producer.send(new ProducerRecord<>(rules, null, rule));
            producer.flush();
        }

        Map<String, Expected> expected = new HashMap<>();
        for (Map.Entry<String, Future<RecordMetadata>> s : sent.entrySet()) {
            RecordMetadata where = s.getValue().get();
            byte[] payload = payloads.get(s.getKey());
            boolean isRule = where.topic().equals(rules);
            IngestRecord verdict = isRule ? codec.decodeRule(payload, where.topic(), where.partition(), where.offset())
                    : codec.decode(payload, where.topic(), where.partition(), where.offset(), System.currentTimeMillis());
            assertNotNull(verdict.deadLetter, s.getKey() + " was meant to be bad");
            String kind = kindOf.getOrDefault(s.getKey(), isRule ? "garbage on the rules topic" : "random bytes");
            String code = kindOf.containsKey(s.getKey()) ? kind.substring(kind.indexOf(" -> ") + 4) : null;
            expected.put(where.topic() + "/" + where.partition() + "@" + where.offset(),
                    new Expected(kind, verdict.deadLetter.payload, verdict.deadLetter.reason, code));
        }
        assertTrue(expected.size() >= RECORDS / 2 - RECORDS / 20, "about half of the records must be bad: " + expected.size());
        return expected;
    }

    private static void letTheEventsTopicTakeTenMegabyteRecords(EngineConfig config) throws Exception {
        try (Admin admin = KafkaTestClients.admin(KAFKA.bootstrapServers())) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, config.kafka().inputTopics().get(0));
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(2 * TEN_MEGABYTES)),
                    AlterConfigOp.OpType.SET)))).all().get();
        }
    }

    /** The job's numRestarts metric, waiting for the REST API's metric fetcher to have it. */
    private static long restarts(URI rest, JobID job) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonNode metrics = get(rest, "/jobs/" + job + "/metrics?get=numRestarts");
            if (metrics.size() > 0) return metrics.get(0).get("value").asLong();
            if (Instant.now().isAfter(deadline)) throw new AssertionError("the REST API never reported numRestarts");
            Thread.sleep(500);
        }
    }

    private static JsonNode get(URI rest, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(rest.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
