package org.streamrec.connectors.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.streamrec.config.IngestConfig;
import org.streamrec.config.KafkaConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/** The job's Kafka sources, sinks and topics, all set up from {@link KafkaConfig}. */
public final class KafkaIO {
    /** Headers of a dead-letter record; values are UTF-8 strings. */
    public static final String HEADER_REASON = "dlq.reason";
    public static final String HEADER_TOPIC = "dlq.topic";
    public static final String HEADER_PARTITION = "dlq.partition";
    public static final String HEADER_OFFSET = "dlq.offset";
    /** The rules source's consumer group is the job's {@code kafka.groupId} with this suffix. */
    static final String RULES_GROUP_SUFFIX = "-rules";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaIO.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;
    /** Room in a dead-letter request beyond the kept bytes: headers (a reason is at most 500 chars) and batch overhead. */
    private static final int DEAD_LETTER_HEADROOM = 16 * 1024;
    /** Kafka's default {@code max.request.size}. */
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

    private KafkaIO() {}

    /**
     * The job's input and every output on Kafka, as production runs it. Checks first that the brokers
     * accept the configured credentials and let the job use its topics ({@link KafkaAccess#check}),
     * so that a wrong setting fails here, named, and not in the job's restarts.
     */
    public static JobIO jobIO(KafkaConfig config, EventCodec codec, String transactionalIdPrefix) {
        KafkaAccess.check(config);
        return unchecked(config, codec, transactionalIdPrefix);
    }

    /** The same input and outputs without asking the brokers anything: for building the job graph offline (its tests). */
    public static JobIO unchecked(KafkaConfig config, EventCodec codec, String transactionalIdPrefix) {
        return JobIO.reading(eventSource(config, codec))
                .rules(ruleSource(config, codec))
                .recommendations(recommendationSink(config, codec))
                .reminders(reminderSink(config, codec, transactionalIdPrefix))
                .messages(messageSink(config, codec, transactionalIdPrefix + "-messages"))
                .alerts(alertSink(config, codec))
                .deadLetters(deadLetterSink(config, codec.limits()))
                .attributions(attributionSink(config, codec))
                .build();
    }

    /**
     * Reads every input topic. Records are parsed while they are read; unusable ones arrive as dead
     * letters, never as exceptions. Aborted transactions of producers are skipped (read_committed).
     */
    public static KafkaSource<IngestRecord> eventSource(KafkaConfig config, EventCodec codec) {
        return KafkaSource.<IngestRecord>builder()
                .setProperties(KafkaClientProperties.of(config))
                .setGroupId(config.groupId())
                .setTopics(config.inputTopics())
                .setStartingOffsets(startingOffsets(config.startingOffsets()))
                .setDeserializer(new IngestRecordDeserializer(codec))
                .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .build();
    }

    /**
     * Reads the business rules topic from the beginning on every start (the rules are few and the
     * latest rule per ruleId wins), so a restarted job knows every rule.
     */
    public static KafkaSource<IngestRecord> ruleSource(KafkaConfig config, EventCodec codec) {
        return KafkaSource.<IngestRecord>builder()
                .setProperties(KafkaClientProperties.of(config))
                .setGroupId(config.groupId() + RULES_GROUP_SUFFIX)
                .setTopics(config.rulesTopic())
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new RuleRecordDeserializer(codec))
                .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .build();
    }

    // The connector takes the reset strategy only as Kafka's deprecated OffsetResetStrategy.
    @SuppressWarnings("deprecation")
    static OffsetsInitializer startingOffsets(KafkaConfig.StartingOffsets startingOffsets) {
        return switch (startingOffsets) {
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
            case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
        };
    }

    /**
     * Recommendation lists keyed by user id. At-least-once is enough: a repeated list replaces the
     * same user's list, and the topic is compacted to the latest list per user (a forgotten user's
     * tombstone removes it).
     */
    public static KafkaSink<Recommendation> recommendationSink(KafkaConfig config, EventCodec codec) {
        return atLeastOnce(config, recommendationSerializer(config.recommendationsTopic(), codec));
    }

    static KafkaRecordSerializationSchema<Recommendation> recommendationSerializer(String topic, EventCodec codec) {
        // A forgotten user's tombstone (no value) makes compaction drop their last list.
        return keyed(topic, r -> utf8(r.userId),
                new WireValue<>(Recommendation.class, r -> Recommendation.isTombstone(r) ? null : codec.encode(r)));
    }

    /**
     * Reminders keyed by user id, in Kafka transactions committed with Flink's checkpoints, so a
     * restart never sends a reminder twice to read_committed consumers.
     *
     * @param transactionalIdPrefix unique per job on the cluster (Kafka fences producers sharing it)
     */
    public static KafkaSink<Reminder> reminderSink(KafkaConfig config, EventCodec codec, String transactionalIdPrefix) {
        return exactlyOnce(config, transactionalIdPrefix, reminderSerializer(config.remindersTopic(), codec));
    }

    static KafkaRecordSerializationSchema<Reminder> reminderSerializer(String topic, EventCodec codec) {
        return keyed(topic, r -> utf8(r.userId), new WireValue<>(Reminder.class, codec::encode));
    }

    /**
     * Triggered offers keyed by user id, in Kafka transactions like the reminders: a shopper is never
     * sent the same offer twice because the job restarted.
     *
     * @param transactionalIdPrefix unique per job on the cluster, and not the reminders sink's
     */
    public static KafkaSink<Message> messageSink(KafkaConfig config, EventCodec codec, String transactionalIdPrefix) {
        return exactlyOnce(config, transactionalIdPrefix, messageSerializer(config.messagesTopic(), codec));
    }

    static KafkaRecordSerializationSchema<Message> messageSerializer(String topic, EventCodec codec) {
        return keyed(topic, m -> utf8(m.userId), new WireValue<>(Message.class, codec::encode));
    }

    /**
     * Purchase-intent alerts keyed by user id. At-least-once, for the lowest latency: an alert that a
     * restart repeats has the same {@code alertId}, by which the CRM drops it.
     */
    public static KafkaSink<IntentAlert> alertSink(KafkaConfig config, EventCodec codec) {
        return atLeastOnce(config, alertSerializer(config.alertsTopic(), codec));
    }

    static KafkaRecordSerializationSchema<IntentAlert> alertSerializer(String topic, EventCodec codec) {
        return keyed(topic, a -> utf8(a.userId), new WireValue<>(IntentAlert.class, codec::encode));
    }

    private static <T> KafkaSink<T> atLeastOnce(KafkaConfig config, KafkaRecordSerializationSchema<T> serializer) {
        return KafkaSink.<T>builder()
                .setKafkaProducerConfig(KafkaClientProperties.of(config))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer(serializer)
                .build();
    }

    private static <T> KafkaSink<T> exactlyOnce(KafkaConfig config, String transactionalIdPrefix,
            KafkaRecordSerializationSchema<T> serializer) {
        return KafkaSink.<T>builder()
                .setKafkaProducerConfig(KafkaClientProperties.of(config))
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix(transactionalIdPrefix)
                .setProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                        Long.toString(config.transactionTimeout().toMillis()))
                .setRecordSerializer(serializer)
                .build();
    }

    private static <T> KafkaRecordSerializationSchema<T> keyed(String topic, SerializationSchema<T> key,
            SerializationSchema<T> value) {
        return new WallClockTimestamps<>(KafkaRecordSerializationSchema.<T>builder()
                .setTopic(topic)
                .setKeySerializationSchema(key)
                .setValueSerializationSchema(value)
                .build());
    }

    /**
     * Attributed clicks, carts and purchases keyed by user id, for BI. At-least-once: each record's
     * attributionId is deterministic, so a consumer dedupes what a restart repeats.
     */
    public static KafkaSink<Attribution> attributionSink(KafkaConfig config, EventCodec codec) {
        return atLeastOnce(config, attributionSerializer(config.attributionsTopic(), codec));
    }

    static KafkaRecordSerializationSchema<Attribution> attributionSerializer(String topic, EventCodec codec) {
        return keyed(topic, a -> utf8(a.userId), new WireValue<>(Attribution.class, codec::encode));
    }

    /**
     * Unusable input, byte for byte as it arrived, with why and where in the {@code dlq.*} headers. A
     * request may be as large as the biggest dead letter the decoder keeps ({@code ingest.maxRecordBytes}).
     */
    public static KafkaSink<DeadLetter> deadLetterSink(KafkaConfig config, IngestConfig ingest) {
        return KafkaSink.<DeadLetter>builder()
                .setKafkaProducerConfig(KafkaClientProperties.of(config))
                .setProperty(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(deadLetterRequestSize(ingest)))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer(deadLetterSerializer(config.deadLetterTopic()))
                .build();
    }

    static int deadLetterRequestSize(IngestConfig ingest) {
        return Math.max(DEFAULT_MAX_REQUEST_SIZE, ingest.maxRecordBytes() + DEAD_LETTER_HEADROOM);
    }

    static KafkaRecordSerializationSchema<DeadLetter> deadLetterSerializer(String topic) {
        return new WallClockTimestamps<>(KafkaRecordSerializationSchema.<DeadLetter>builder()
                .setTopic(topic)
                .setValueSerializationSchema(new WireValue<>(DeadLetter.class, d -> d.payload))
                .setHeaderProvider(KafkaIO::deadLetterHeaders)
                .build());
    }

    private static RecordHeaders deadLetterHeaders(DeadLetter d) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_REASON, utf8(d.reason));
        headers.add(HEADER_TOPIC, utf8(d.sourceTopic));
        headers.add(HEADER_PARTITION, utf8(Integer.toString(d.partition)));
        headers.add(HEADER_OFFSET, utf8(Long.toString(d.offset)));
        return headers;
    }

    /** A record of the dead-letter topic as the {@link DeadLetter} it was written from. */
    public static DeadLetter deadLetterOf(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        String partition = header(headers, HEADER_PARTITION);
        String offset = header(headers, HEADER_OFFSET);
        return new DeadLetter(record.value(), header(headers, HEADER_REASON), header(headers, HEADER_TOPIC),
                partition == null ? -1 : Integer.parseInt(partition), offset == null ? -1 : Long.parseLong(offset));
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Creates the input and output topics that do not exist yet, each with {@code topicPartitions}
     * partitions and the broker's default replication. Existing topics are left as they are.
     */
    public static void createTopics(KafkaConfig config) {
        String bootstrapServers = config.bootstrapServers();
        Set<String> wanted = new LinkedHashSet<>(config.inputTopics());
        wanted.add(config.rulesTopic());
        wanted.addAll(config.outputTopics());
        try (Admin admin = Admin.create(KafkaClientProperties.of(config))) {
            wanted.removeAll(admin.listTopics().names().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            List<NewTopic> topics = new ArrayList<>();
            for (String name : wanted) {
                NewTopic topic = new NewTopic(name, Optional.of(config.topicPartitions()), Optional.empty());
                if (name.equals(config.recommendationsTopic())) {
                    topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                }
                topics.add(topic);
            }
            for (var created : admin.createTopics(topics).values().entrySet()) {
                awaitCreated(created.getKey(), created.getValue(), bootstrapServers);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics on " + bootstrapServers, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + KafkaAccess.explain(config, e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create topics: " + KafkaAccess.explain(config, e), e);
        }
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> result, String bootstrapServers)
            throws InterruptedException, TimeoutException {
        try {
            result.get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.info("Created topic {} on {}", topic, bootstrapServers);
        } catch (ExecutionException e) {
            // Someone else created it between our listing and our request: that is what we wanted.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic + " on " + bootstrapServers + ": "
                        + e.getCause(), e.getCause());
            }
        }
    }
}
