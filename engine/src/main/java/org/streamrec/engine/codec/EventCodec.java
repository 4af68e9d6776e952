package org.streamrec.engine.codec;

import static org.streamrec.engine.codec.RejectCode.BAD_ENCODING;
import static org.streamrec.engine.codec.RejectCode.BAD_JSON;
import static org.streamrec.engine.codec.RejectCode.EMPTY_PAYLOAD;
import static org.streamrec.engine.codec.RejectCode.INTERNAL_ERROR;
import static org.streamrec.engine.codec.RejectCode.NOT_AN_OBJECT;
import static org.streamrec.engine.codec.RejectCode.TOO_LARGE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import org.streamrec.config.EngineConfig;
import org.streamrec.config.IngestConfig;
import org.streamrec.engine.model.Attribution;
import java.util.Optional;
import java.util.function.Function;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/**
 * The wire format of every topic (docs/events.md): JSON with the model's field names. Decoding
 * input never throws: a record that breaks the contract, or the {@code ingest.*} limits, comes back
 * as a dead letter whose reason starts with a {@link RejectCode}. One instance is safe to share
 * between threads.
 */
public final class EventCodec implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reasons travel in a Kafka header and on dashboards: one line, never the size of the record. */
    static final int MAX_REASON_CHARS = 500;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(Event.class, EventWireFormat.class)
            .addModule(new SimpleModule()
                    .addSerializer(EventType.class, new WireNameSerializer<>(EventType.class, EventType::wireName))
                    .addSerializer(MessageKind.class, new WireNameSerializer<>(MessageKind.class, MessageKind::wireName))
                    .addDeserializer(MessageKind.class, new WireNameDeserializer<>(MessageKind.class, MessageKind::fromWireName)))
            .build();
    private static final ObjectWriter EVENT_WRITER = MAPPER.writerFor(Event.class);
    private static final ObjectWriter RECOMMENDATION_WRITER = MAPPER.writerFor(Recommendation.class);
    private static final ObjectWriter REMINDER_WRITER = MAPPER.writerFor(Reminder.class);
    private static final ObjectWriter MESSAGE_WRITER = MAPPER.writerFor(Message.class);
    private static final ObjectWriter ALERT_WRITER = MAPPER.writerFor(IntentAlert.class);
    private static final ObjectReader RECOMMENDATION_READER = MAPPER.readerFor(Recommendation.class);
    private static final ObjectReader REMINDER_READER = MAPPER.readerFor(Reminder.class);
    private static final ObjectWriter ATTRIBUTION_WRITER = MAPPER.writerFor(Attribution.class);
    private static final ObjectReader ATTRIBUTION_READER = MAPPER.readerFor(Attribution.class);
    private static final ObjectReader MESSAGE_READER = MAPPER.readerFor(Message.class);
    private static final ObjectReader ALERT_READER = MAPPER.readerFor(IntentAlert.class);

    private final IngestConfig limits;
    private final long maxFutureSkewMillis;
    /** {@code ingest.earliestEventTime}, parsed once rather than for every record. */
    private final long earliestEventTimeMillis;
    /** Built from the limits; Flink ships the codec serialised, and {@link #readResolve} builds it again. */
    private final transient ObjectReader inputReader;

    /**
     * @param limits what input records may be ({@code ingest.*})
     * @param maxFutureSkew events stamped further ahead of the wall clock are rejected as {@code future_time}
     */
    public EventCodec(IngestConfig limits, Duration maxFutureSkew) {
        if (maxFutureSkew == null || maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("maxFutureSkew must be a duration >= 0, got " + maxFutureSkew);
        }
        this.limits = limits;
        this.maxFutureSkewMillis = maxFutureSkew.toMillis();
        this.earliestEventTimeMillis = limits.earliestEventTimeMillis();
        this.inputReader = JsonInput.reader(limits.maxNestingDepth());
    }

    /** The codec the job's configuration asks for: {@code ingest.*} and {@code runtime.maxFutureSkew}. */
    public static EventCodec of(EngineConfig config) {
        return new EventCodec(config.ingest(), config.runtime().maxFutureSkew());
    }

    /** The limits input records are held to. */
    public IngestConfig limits() {
        return limits;
    }

    private Object readResolve() {
        return new EventCodec(limits, Duration.ofMillis(maxFutureSkewMillis));
    }

    /**
     * Parses one input record. Never throws: on any problem the result holds a dead letter with the
     * original bytes, where they came from, and a reason such as {@code missing_field: userId}.
     *
     * @param nowMillis wall-clock time, to reject events stamped too far in the future
     */
    public IngestRecord decode(byte[] payload, String topic, int partition, long offset, long nowMillis) {
        return decode(payload, topic, partition, offset,
                () -> IngestRecord.of(EventParser.parse(fields(payload), earliestEventTimeMillis, nowMillis, maxFutureSkewMillis)));
    }

    /** Parses one record of the rules topic; like {@link #decode}, never throws. */
    public IngestRecord decodeRule(byte[] payload, String topic, int partition, long offset) {
        return decode(payload, topic, partition, offset, () -> IngestRecord.of(RuleParser.parse(fields(payload))));
    }

    private interface Parse {
        IngestRecord run() throws IOException;
    }

    private IngestRecord decode(byte[] payload, String topic, int partition, long offset, Parse parse) {
        String reason;
        try {
            return parse.run();
        } catch (Rejection r) {
            reason = r.getMessage();
        } catch (JsonProcessingException e) {
            reason = BAD_JSON.reason(firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            reason = BAD_JSON.reason(firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            reason = INTERNAL_ERROR.reason(e.toString());
        }
        if (reason.length() > MAX_REASON_CHARS) reason = reason.substring(0, MAX_REASON_CHARS - 3) + "...";
        return IngestRecord.rejected(new DeadLetter(kept(payload), reason, topic, partition, offset));
    }

    /**
     * The bytes a dead letter keeps: all of them, except of a record over the size limit, whose first
     * {@code maxRecordBytes} the dead-letter topic can still take. The whole record could make the
     * write fail, and a failing sink restarts the job on the same record, forever.
     */
    private byte[] kept(byte[] payload) {
        return payload != null && payload.length > limits.maxRecordBytes()
                ? Arrays.copyOf(payload, limits.maxRecordBytes())
                : payload;
    }

    private JsonFields fields(byte[] payload) throws IOException {
        if (payload == null || payload.length == 0) throw new Rejection(EMPTY_PAYLOAD, null);
        int size = limits.maxRecordBytes();
        if (payload.length > size) {
            throw new Rejection(TOO_LARGE, payload.length + " bytes, over ingest.maxRecordBytes " + size
                    + "; the dead letter keeps the first " + size);
        }
        int invalid = Utf8.firstInvalid(payload);
        if (invalid >= 0) {
            throw new Rejection(BAD_ENCODING, String.format("byte %d (0x%02x) is not %s", invalid, payload[invalid] & 0xFF,
                    payload[invalid] == 0 ? "JSON text (UTF-16 or binary?)" : "strict UTF-8"));
        }
        JsonNode root = inputReader.readTree(payload);
        if (root == null || root.isMissingNode()) throw new Rejection(EMPTY_PAYLOAD, "only whitespace");
        if (!root.isObject()) {
            throw new Rejection(NOT_AN_OBJECT, "expected a JSON object, got " + root.getNodeType().name().toLowerCase());
        }
        return new JsonFields(root, "", limits);
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    public byte[] encode(Event event) {
        return write(EVENT_WRITER, event);
    }

    public byte[] encode(Recommendation recommendation) {
        return write(RECOMMENDATION_WRITER, recommendation);
    }

    public byte[] encode(Reminder reminder) {
        return write(REMINDER_WRITER, reminder);
    }

    public byte[] encode(Attribution attribution) {
        return write(ATTRIBUTION_WRITER, attribution);
    }

    /** For consumers of the attributions topic; throws {@link IllegalArgumentException} on bad JSON. */
    public Attribution decodeAttribution(byte[] json) {
        return read(ATTRIBUTION_READER, json, "attribution");
    }

    public byte[] encode(Message message) {
        return write(MESSAGE_WRITER, message);
    }

    public byte[] encode(IntentAlert alert) {
        return write(ALERT_WRITER, alert);
    }

    /** For consumers of the recommendations topic; throws {@link IllegalArgumentException} on bad JSON. */
    public Recommendation decodeRecommendation(byte[] json) {
        return read(RECOMMENDATION_READER, json, "recommendation");
    }

    /** For consumers of the reminders topic; throws {@link IllegalArgumentException} on bad JSON. */
    public Reminder decodeReminder(byte[] json) {
        return read(REMINDER_READER, json, "reminder");
    }

    /** For consumers of the messages topic; throws {@link IllegalArgumentException} on bad JSON or an unknown kind. */
    public Message decodeMessage(byte[] json) {
        return read(MESSAGE_READER, json, "message");
    }

    /** For consumers of the alerts topic; throws {@link IllegalArgumentException} on bad JSON. */
    public IntentAlert decodeAlert(byte[] json) {
        return read(ALERT_READER, json, "alert");
    }

    private static byte[] write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            // Our own model classes always serialise; failing here is a programming error.
            throw new UncheckedIOException("cannot encode " + value, e);
        }
    }

    private static <T> T read(ObjectReader reader, byte[] json, String what) {
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid " + what + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Jackson mix-in: how {@link Event} looks on the wire, without Jackson annotations in the model. */
    private abstract static class EventWireFormat {
        /** 0 means "no rating", so it is left out like the null fields. */
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        public int rating;
    }

    /** Writes an enum by its wire name (e.g. {@code add_to_cart}) rather than its Java name. */
    private static final class WireNameSerializer<T> extends StdSerializer<T> {
        private final transient Function<T, String> wireName;

        WireNameSerializer(Class<T> type, Function<T, String> wireName) {
            super(type);
            this.wireName = wireName;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(wireName.apply(value));
        }
    }

    /** Reads an enum by its wire name; an unknown name fails the read. */
    private static final class WireNameDeserializer<T> extends StdDeserializer<T> {
        private final transient Function<String, Optional<T>> byWireName;

        WireNameDeserializer(Class<T> type, Function<String, Optional<T>> byWireName) {
            super(type);
            this.byWireName = byWireName;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String name = p.getValueAsString();
            return byWireName.apply(name).orElseThrow(() ->
                    JsonMappingException.from(p, "unknown " + handledType().getSimpleName() + " '" + name + "'"));
        }
    }
}
