package org.streamrec.tools.kafka;

import org.streamrec.connectors.kafka.KafkaIO;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.streamrec.tools.kafka.KafkaTestClients.admin;
import static org.streamrec.tools.kafka.KafkaTestClients.consume;
import static org.streamrec.tools.kafka.KafkaTestClients.producer;
import static org.streamrec.tools.kafka.KafkaTestClients.text;
import static org.streamrec.tools.kafka.KafkaTestClients.utf8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.KafkaConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/** The real path: JSON on Kafka -> Flink source -> the three sinks -> Kafka, on the embedded broker. */
class KafkaIOIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static KafkaConfig config(String prefix) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("kafka.bootstrapServers", KAFKA.bootstrapServers());
        overrides.put("kafka.inputTopics", "[" + prefix + ".events, " + prefix + ".catalogue]");
        overrides.put("kafka.recommendationsTopic", prefix + ".recommendations");
        overrides.put("kafka.remindersTopic", prefix + ".reminders");
        overrides.put("kafka.messagesTopic", prefix + ".messages");
        overrides.put("kafka.alertsTopic", prefix + ".alerts");
        overrides.put("kafka.deadLetterTopic", prefix + ".dead-letters");
        overrides.put("kafka.rulesTopic", prefix + ".rules");
        overrides.put("kafka.attributionsTopic", prefix + ".attributions");
        overrides.put("kafka.groupId", prefix + "-job");
        return ConfigLoader.load("test", overrides).kafka();
    }

    @Test
    void createTopicsIsIdempotentAndCompactsRecommendations() throws Exception {
        KafkaConfig config = config("topics");
        KafkaIO.createTopics(config);
        KafkaIO.createTopics(config);
        try (Admin admin = admin(KAFKA.bootstrapServers())) {
            Set<String> names = new TreeSet<>(admin.listTopics().names().get());
            List<String> expected = new ArrayList<>(config.inputTopics());
            expected.add(config.rulesTopic());
            expected.addAll(config.outputTopics());
            for (String topic : expected) {
                assertEquals(config.topicPartitions(),
                        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size(), topic);
            }
            assertEquals(new TreeSet<>(expected), names.stream().filter(n -> n.startsWith("topics.")).collect(
                    java.util.stream.Collectors.toCollection(TreeSet::new)));
            ConfigResource recs = new ConfigResource(ConfigResource.Type.TOPIC, config.recommendationsTopic());
            assertEquals("compact", admin.describeConfigs(List.of(recs)).all().get().get(recs)
                    .get("cleanup.policy").value());
        }
    }

    @Test
    void aJobWhoseTopicsDoNotExistFailsBeforeItStartsNamingThem() {
        KafkaConfig config = config("absent");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KafkaIO.jobIO(config, EventCodec.of(ConfigLoader.defaults()), "absent"));
        assertEquals("the topics [absent.events, absent.catalogue, absent.rules, absent.recommendations, absent.reminders, "
                + "absent.messages, absent.alerts, absent.dead-letters, absent.attributions] do not exist on " + KAFKA.bootstrapServers()
                + " (kafka.*Topic, kafka.inputTopics): create them first", e.getMessage());
    }

    @Test
    void eventsFlowThroughTheSourceIntoEverySink() throws Exception {
        KafkaConfig config = config("flow");
        KafkaIO.createTopics(config);
        EventCodec codec = EventCodec.of(ConfigLoader.defaults());
        long now = System.currentTimeMillis();
        byte[] notUtf8 = {(byte) 0xfe, '{', '}'};
        byte[] noUser = utf8("{\"eventId\":\"x\",\"type\":\"view\",\"itemId\":\"i\",\"eventTime\":" + now + "}");
        try (KafkaProducer<byte[], byte[]> producer = producer(KAFKA.bootstrapServers(), Map.of())) {
            for (int i = 1; i <= 3; i++) {
                String json = "{\"eventId\":\"e" + i + "\",\"type\":\"add_to_cart\",\"userId\":\"u" + i
                        + "\",\"itemId\":\"i" + i + "\",\"eventTime\":" + (now - i) + "}";
                producer.send(new ProducerRecord<>(config.inputTopics().get(0), utf8("u" + i), utf8(json)));
            }
            producer.send(new ProducerRecord<>(config.inputTopics().get(1), 0, null, notUtf8));
            producer.send(new ProducerRecord<>(config.inputTopics().get(1), 0, null, noUser));
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.enableCheckpointing(500);
        DataStream<IngestRecord> in = env.fromSource(KafkaIO.eventSource(config, codec), WatermarkStrategy.noWatermarks(),
                "events");
        DataStream<Event> events = in.filter(r -> r.event != null).map(r -> r.event).returns(Event.class);
        events.map(KafkaIOIntegrationTest::recommend).returns(Recommendation.class)
                .sinkTo(KafkaIO.recommendationSink(config, codec));
        events.map(KafkaIOIntegrationTest::remind).returns(Reminder.class)
                .sinkTo(KafkaIO.reminderSink(config, codec, "it-" + UUID.randomUUID()));
        in.filter(r -> r.deadLetter != null).map(r -> r.deadLetter).returns(DeadLetter.class)
                .sinkTo(KafkaIO.deadLetterSink(config, codec.limits()));
        JobClient job = env.executeAsync("kafka-io-integration");
        try {
            List<ConsumerRecord<byte[], byte[]>> recs = consume(KAFKA.bootstrapServers(), config.recommendationsTopic(),
                    false, 3, WAIT);
            assertEquals(Set.of("u1", "u2", "u3"), keys(recs));
            for (var r : recs) {
                Recommendation rec = codec.decodeRecommendation(r.value());
                assertEquals(text(r.key()), rec.userId);
                assertEquals("like-" + rec.triggerEventId.substring(1), rec.items.get(0).itemId);
            }

            // Exactly-once: visible to read_committed consumers only once a checkpoint committed them.
            List<ConsumerRecord<byte[], byte[]>> reminders = consume(KAFKA.bootstrapServers(), config.remindersTopic(),
                    true, 3, WAIT);
            assertEquals(3, reminders.size());
            assertEquals(Set.of("u1", "u2", "u3"), keys(reminders));

            List<ConsumerRecord<byte[], byte[]>> dead = consume(KAFKA.bootstrapServers(), config.deadLetterTopic(),
                    false, 2, WAIT);
            assertEquals(2, dead.size());
            assertNull(dead.get(0).key());
            assertArrayEquals(notUtf8, dead.get(0).value());
            assertArrayEquals(noUser, dead.get(1).value());
            assertEquals("missing_field: userId", header(dead.get(1), KafkaIO.HEADER_REASON));
            assertEquals(config.inputTopics().get(1), header(dead.get(1), KafkaIO.HEADER_TOPIC));
            assertEquals("0", header(dead.get(1), KafkaIO.HEADER_PARTITION));
            assertEquals("1", header(dead.get(1), KafkaIO.HEADER_OFFSET));
            assertEquals("0", header(dead.get(0), KafkaIO.HEADER_OFFSET));
        } finally {
            job.cancel().get();
        }
    }

    private static Recommendation recommend(Event e) {
        Recommendation r = new Recommendation();
        r.recId = "r-" + e.eventId;
        r.userId = e.userId;
        r.triggerEventId = e.eventId;
        r.items = List.of(new RankedItem("like-" + e.itemId.substring(1), 1.0, "test", RankedItem.SIMILAR));
        return r;
    }

    private static Reminder remind(Event e) {
        Reminder r = new Reminder();
        r.reminderId = "rem-" + e.eventId;
        r.userId = e.userId;
        r.dueTime = e.eventTime;
        return r;
    }

    private static Set<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
        Set<String> keys = new TreeSet<>();
        for (var r : records) keys.add(text(r.key()));
        return keys;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : text(h.value());
    }
}
