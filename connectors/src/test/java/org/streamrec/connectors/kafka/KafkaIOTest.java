package org.streamrec.connectors.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.util.Collector;
import org.apache.flink.connector.kafka.source.split.KafkaPartitionSplit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.KafkaConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

class KafkaIOTest {
    private final EventCodec codec = EventCodec.of(ConfigLoader.defaults());

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void recommendationsAreKeyedByUserWithJsonValues() {
        Recommendation r = new Recommendation();
        r.userId = "u-42";
        r.recId = "r1";
        r.items = List.of(new RankedItem("i1", 1.0, "popular", RankedItem.TRENDING));
        ProducerRecord<byte[], byte[]> out = KafkaIO.recommendationSerializer("recs.out", codec).serialize(r, null, 7L);
        assertEquals("recs.out", out.topic());
        assertEquals("u-42", utf8(out.key()));
        assertArrayEquals(codec.encode(r), out.value());
        assertEquals("u-42", codec.decodeRecommendation(out.value()).userId);
        assertNull(out.timestamp(), "stamped by the producer's clock, not the event time 7: retention must not drop replayed outputs");
    }

    @Test
    void aForgottenUsersTombstoneHasNoValue() {
        ProducerRecord<byte[], byte[]> out = KafkaIO.recommendationSerializer("recs.out", codec)
                .serialize(Recommendation.tombstone("u-42", "e-9", 7L), null, 8L);
        assertEquals("u-42", utf8(out.key()));
        assertNull(out.value(), "compaction removes the user's last list");
    }

    @Test
    void remindersAreKeyedByUserWithJsonValues() {
        Reminder r = new Reminder();
        r.userId = "u-9";
        r.reminderId = "rem";
        ProducerRecord<byte[], byte[]> out = KafkaIO.reminderSerializer("recs.rem", codec).serialize(r, null, null);
        assertEquals("recs.rem", out.topic());
        assertEquals("u-9", utf8(out.key()));
        assertEquals("rem", codec.decodeReminder(out.value()).reminderId);
    }

    @Test
    void attributionsAreKeyedByUserWithJsonValues() {
        Attribution a = new Attribution();
        a.userId = "u-3";
        a.attributionId = "rec-e1:i1:purchase";
        a.revenue = 9.5;
        ProducerRecord<byte[], byte[]> out = KafkaIO.attributionSerializer("recs.attr", codec).serialize(a, null, 7L);
        assertEquals("recs.attr", out.topic());
        assertEquals("u-3", utf8(out.key()));
        Attribution back = codec.decodeAttribution(out.value());
        assertEquals("rec-e1:i1:purchase", back.attributionId);
        assertEquals(9.5, back.revenue);
        assertEquals(Attribution.SCHEMA_VERSION, back.schemaVersion);
    }

    @Test
    void messagesAreKeyedByUserWithJsonValuesAndKindsByWireName() {
        Message m = new Message();
        m.userId = "u-3";
        m.messageId = "msg";
        m.kind = MessageKind.PRICE_DROP;
        m.items = List.of("i1");
        ProducerRecord<byte[], byte[]> out = KafkaIO.messageSerializer("recs.msg", codec).serialize(m, null, null);
        assertEquals("recs.msg", out.topic());
        assertEquals("u-3", utf8(out.key()));
        assertTrue(utf8(out.value()).contains("\"kind\":\"price_drop\""), utf8(out.value()));
        assertEquals(MessageKind.PRICE_DROP, codec.decodeMessage(out.value()).kind);
        assertThrows(IllegalArgumentException.class,
                () -> codec.decodeMessage(utf8(out.value()).replace("price_drop", "teleport").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void alertsAreKeyedByUserWithJsonValues() {
        IntentAlert a = new IntentAlert();
        a.userId = "u-5";
        a.alertId = "u-5:high_intent:1";
        ProducerRecord<byte[], byte[]> out = KafkaIO.alertSerializer("recs.alerts", codec).serialize(a, null, null);
        assertEquals("recs.alerts", out.topic());
        assertEquals("u-5", utf8(out.key()));
        assertEquals("high_intent", codec.decodeAlert(out.value()).type);
    }

    @Test
    void deadLettersKeepTheOriginalBytesAndSayWhyInHeaders() {
        byte[] original = {(byte) 0xff, 0, '{'};
        DeadLetter d = new DeadLetter(original, "bad_json: Invalid UTF-8", "recs.events", 1, 1234567890123L);
        ProducerRecord<byte[], byte[]> out = KafkaIO.deadLetterSerializer("recs.dlq").serialize(d, null, null);
        assertEquals("recs.dlq", out.topic());
        assertNull(out.key());
        assertArrayEquals(original, out.value());
        List<String> headers = new ArrayList<>();
        for (Header h : out.headers()) headers.add(h.key() + "=" + utf8(h.value()));
        assertEquals(List.of("dlq.reason=bad_json: Invalid UTF-8", "dlq.topic=recs.events", "dlq.partition=1",
                "dlq.offset=1234567890123"), headers);
    }

    @Test
    void aDeadLetterReadBackIsTheOneWritten() {
        DeadLetter d = new DeadLetter(new byte[] {0, 1}, "too_deep: objects and arrays nest more than 16 deep", "recs.rules", 2, 77L);
        ProducerRecord<byte[], byte[]> out = KafkaIO.deadLetterSerializer("recs.dlq").serialize(d, null, null);
        DeadLetter back = KafkaIO.deadLetterOf(new ConsumerRecord<>("recs.dlq", 0, 5L, 0L, TimestampType.CREATE_TIME,
                0, 2, null, out.value(), out.headers(), Optional.empty()));
        assertArrayEquals(d.payload, back.payload);
        assertEquals(d.reason, back.reason);
        assertEquals("recs.rules", back.sourceTopic);
        assertEquals(2, back.partition);
        assertEquals(77L, back.offset);
    }

    @Test
    void theDeadLetterProducerCanSendTheLargestDeadLetterTheDecoderKeeps() {
        assertEquals(1024 * 1024, KafkaIO.deadLetterRequestSize(ConfigLoader.defaults().ingest()), "Kafka's default suffices");
        int raised = 5_000_000;
        assertTrue(KafkaIO.deadLetterRequestSize(ConfigLoader.load(null, Map.of("ingest.maxRecordBytes", Integer.toString(raised)))
                .ingest()) > raised + 2 * 1024, "room for the kept bytes and headers with a 500-character reason");
    }

    @Test
    void theSourceDeserializerNeverThrowsAndKeepsWhereRecordsCameFrom() {
        List<IngestRecord> out = new ArrayList<>();
        Collector<IngestRecord> collector = new Collector<>() {
            @Override
            public void collect(IngestRecord record) {
                out.add(record);
            }

            @Override
            public void close() {}
        };
        IngestRecordDeserializer deserializer = new IngestRecordDeserializer(codec);
        byte[] good = ("{\"eventId\":\"e1\",\"type\":\"view\",\"userId\":\"u1\",\"itemId\":\"i1\",\"eventTime\":"
                + (System.currentTimeMillis() - 1000) + "}").getBytes(StandardCharsets.UTF_8);
        deserializer.deserialize(new ConsumerRecord<>("recs.events", 0, 10L, null, good), collector);
        deserializer.deserialize(new ConsumerRecord<>("recs.catalogue", 1, 11L, null, null), collector);
        assertEquals(2, out.size());
        assertEquals("i1", out.get(0).event.itemId);
        DeadLetter dead = out.get(1).deadLetter;
        assertEquals("empty_payload", dead.reason);
        assertEquals("recs.catalogue", dead.sourceTopic);
        assertEquals(1, dead.partition);
        assertEquals(11L, dead.offset);
    }

    @Test
    void ingestRecordsAreFlinkPojosAllTheWayDownWithoutKryo() throws Exception {
        assertInstanceOf(PojoTypeInfo.class, IngestRecordDeserializer.TYPE);
        SerializerConfigImpl noKryo = new SerializerConfigImpl();
        noKryo.setGenericTypes(false);
        // Fails with "Generic types have been disabled" if any nested field would need Kryo.
        TypeSerializer<IngestRecord> serializer = IngestRecordDeserializer.TYPE.createSerializer(noKryo);

        Event purchase = new Event();
        purchase.eventId = "e1";
        purchase.type = EventType.PURCHASE;
        purchase.userId = "u1";
        purchase.lines = List.of(new OrderLine("i1", 2, 9.5));
        purchase.items = List.of("i2");
        purchase.price = 3.0;
        IngestRecord copy = roundTrip(serializer, IngestRecord.of(purchase));
        assertEquals(EventType.PURCHASE, copy.event.type);
        assertEquals(purchase.lines, copy.event.lines);
        assertEquals(purchase.items, copy.event.items);
        assertEquals(3.0, copy.event.price);
        assertNull(copy.deadLetter);

        IngestRecord dead = roundTrip(serializer, IngestRecord.rejected(new DeadLetter(new byte[] {1, 2}, "x", "t", 3, 4)));
        assertArrayEquals(new byte[] {1, 2}, dead.deadLetter.payload);
        assertEquals(4, dead.deadLetter.offset);
        assertNull(dead.event);
    }

    private static IngestRecord roundTrip(TypeSerializer<IngestRecord> serializer, IngestRecord record) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(record, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    @SuppressWarnings("deprecation")
    void committedOffsetsFallBackToEarliest() {
        assertEquals(KafkaPartitionSplit.COMMITTED_OFFSET, startOffset(KafkaConfig.StartingOffsets.COMMITTED));
        assertEquals(OffsetResetStrategy.EARLIEST,
                KafkaIO.startingOffsets(KafkaConfig.StartingOffsets.COMMITTED).getAutoOffsetResetStrategy());
        assertEquals(KafkaPartitionSplit.EARLIEST_OFFSET, startOffset(KafkaConfig.StartingOffsets.EARLIEST));
        assertEquals(OffsetResetStrategy.LATEST,
                KafkaIO.startingOffsets(KafkaConfig.StartingOffsets.LATEST).getAutoOffsetResetStrategy());
    }

    private static long startOffset(KafkaConfig.StartingOffsets mode) {
        TopicPartition p = new TopicPartition("t", 0);
        // Committed and earliest leave the lookup to the reader: they hand out marker offsets without a broker.
        return KafkaIO.startingOffsets(mode).getPartitionOffsets(List.of(p), null).get(p);
    }
}
