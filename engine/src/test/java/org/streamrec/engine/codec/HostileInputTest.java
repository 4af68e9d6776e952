package org.streamrec.engine.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.codec.WireExamples.NOW;
import static org.streamrec.engine.codec.WireExamples.bytes;
import static org.streamrec.engine.codec.WireExamples.valid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.IngestConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;

/**
 * What a hostile or broken producer can send, one class of input per test, each with the exact
 * reason it must get; the limits are the documented defaults of {@code ingest.*}.
 */
class HostileInputTest {
    private static final IngestConfig LIMITS = ConfigLoader.defaults().ingest();
    private final EventCodec codec = EventCodec.of(ConfigLoader.defaults());

    private IngestRecord decode(byte[] payload) {
        return codec.decode(payload, "recs.events", 0, 0, NOW);
    }

    private String reason(byte[] payload) {
        IngestRecord r = decode(payload);
        assertNull(r.event, "accepted but should be rejected");
        return r.deadLetter.reason;
    }

    private String reason(String json) {
        return reason(utf8(json));
    }

    private String reason(EventType type, Consumer<ObjectNode> breakIt) {
        ObjectNode o = valid(type);
        breakIt.accept(o);
        return reason(bytes(o));
    }

    private Event accepted(byte[] payload) {
        IngestRecord r = decode(payload);
        assertNull(r.deadLetter, () -> "rejected: " + r.deadLetter.reason);
        return r.event;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String VIEW_UP_TO_ITEM = "{\"eventId\":\"e1\",\"type\":\"view\",\"eventTime\":" + (NOW - 60_000)
            + ",\"userId\":\"u1\",\"itemId\":\"i";
    /** Where {@link #viewWithItemBytes} puts its bytes. */
    private static final int SPLICED_AT = VIEW_UP_TO_ITEM.length();

    /** A valid view with {@code raw} bytes spliced into its item id. */
    private static byte[] viewWithItemBytes(int... raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(VIEW_UP_TO_ITEM));
        for (int b : raw) out.write(b);
        out.writeBytes(utf8("\"}"));
        return out.toByteArray();
    }

    private static String repeat(String s, int times) {
        return s.repeat(times);
    }

    @Test
    void nestingTenThousandDeep() {
        String deepArray = repeat("[", 10_000) + repeat("]", 10_000);
        assertEquals("too_deep: objects and arrays nest more than 16 deep (ingest.maxNestingDepth)",
                reason("{\"eventId\":\"e1\",\"extra\":" + deepArray + "}"));
        assertEquals("too_deep: objects and arrays nest more than 16 deep (ingest.maxNestingDepth)",
                reason(repeat("{\"a\":", 10_000) + "1" + repeat("}", 10_000)));
        assertTrue(reason(deepArray).startsWith("too_deep: "), "a deep top-level array is too deep before it is no object");
        ObjectNode withinTheLimit = valid(EventType.VIEW);
        ObjectNode at = withinTheLimit;
        for (int depth = 2; depth <= LIMITS.maxNestingDepth(); depth++) at = at.putObject("own");
        assertEquals("i1", accepted(bytes(withinTheLimit)).itemId, "a producer's own fields may nest up to the limit");
    }

    @Test
    void aTenMegabyteString() {
        String query = repeat("a", 10 * 1024 * 1024);
        byte[] payload = bytes(valid(EventType.SEARCH).put("query", query));
        IngestRecord r = decode(payload);
        assertEquals("too_large: " + payload.length + " bytes, over ingest.maxRecordBytes 1000000; "
                + "the dead letter keeps the first 1000000", r.deadLetter.reason);
        assertArrayEquals(Arrays.copyOf(payload, LIMITS.maxRecordBytes()), r.deadLetter.payload,
                "the dead-letter topic must still be able to take it");

        IngestConfig roomy = new IngestConfig(20 * 1024 * 1024, 16, 256, 4096, 1000, 10_000, 1e9, "2000-01-01T00:00:00Z");
        IngestRecord underARaisedSizeLimit = new EventCodec(roomy, Duration.ofHours(1)).decode(payload, "t", 0, 0, NOW);
        assertEquals("invalid_value: query is 10485760 characters long, over ingest.maxTextLength 4096",
                underARaisedSizeLimit.deadLetter.reason);
        assertEquals(payload.length, underARaisedSizeLimit.deadLetter.payload.length, "within the size limit, every byte is kept");
    }

    @Test
    void numbersBeyondLongAndDouble() {
        assertEquals("invalid_value: eventTime is out of range, got 9223372036854775808",
                reason(EventType.VIEW, o -> o.put("eventTime", new java.math.BigInteger("9223372036854775808"))));
        assertEquals("invalid_value: lines[0].quantity is out of range, got 100000000000000000000",
                reason(EventType.PURCHASE, o -> line0(o).put("quantity", new java.math.BigInteger("100000000000000000000"))));
        assertEquals("invalid_value: lines[0].unitPrice is out of range, got Infinity",
                reason("{\"eventId\":\"e1\",\"type\":\"purchase\",\"eventTime\":" + (NOW - 1) + ",\"userId\":\"u1\","
                        + "\"orderId\":\"o1\",\"lines\":[{\"itemId\":\"i1\",\"quantity\":1,\"unitPrice\":1e400}]}"));
        assertEquals("wrong_type: rating must be an integer", reason(EventType.RATING, o -> o.put("rating", 1e300)));
        String thousandDigits = "1" + repeat("0", 1500);
        assertTrue(reason("{\"eventId\":" + thousandDigits + "}").startsWith("bad_json: Number value length (1501) exceeds"),
                "Jackson stops reading a number at 1000 digits");
        String longNumber = repeat("9", 80);
        assertEquals("invalid_value: eventTime is out of range, got " + repeat("9", 60) + "... (80 chars)",
                reason("{\"eventId\":\"e1\",\"type\":\"view\",\"eventTime\":" + longNumber + "}"),
                "a reason quotes no more than the start of a value");
        assertEquals("123456789012345678901234567890",
                accepted(bytes(valid(EventType.VIEW).put("userId", new java.math.BigInteger("123456789012345678901234567890")))).userId,
                "an integer id of any size is its decimal text");
    }

    @Test
    void nanAndInfinity() {
        for (String token : new String[] {"NaN", "Infinity", "-Infinity", "+Infinity"}) {
            String json = "{\"eventId\":\"c1\",\"type\":\"catalogue_update\",\"eventTime\":" + (NOW - 1)
                    + ",\"itemId\":\"i1\",\"price\":" + token + "}";
            assertTrue(reason(json).startsWith("bad_json: "), token + ": " + reason(json));
        }
        assertEquals("wrong_type: price must be a number", reason(EventType.CATALOGUE_UPDATE, o -> o.put("price", "NaN")));
    }

    private static ObjectNode line0(ObjectNode purchase) {
        return (ObjectNode) purchase.withArray("lines").get(0);
    }

    @Test
    void duplicateKeys() {
        String smuggled = "{\"eventId\":\"e1\",\"type\":\"view\",\"eventTime\":" + (NOW - 1)
                + ",\"userId\":\"u1\",\"itemId\":\"i1\",\"userId\":\"admin\"}";
        assertEquals("duplicate_field: 'userId'", reason(smuggled), "one parser reads u1, another admin: neither is trusted");
        assertEquals("duplicate_field: 'quantity'", reason("{\"eventId\":\"e1\",\"type\":\"purchase\",\"eventTime\":" + (NOW - 1)
                + ",\"userId\":\"u1\",\"orderId\":\"o1\",\"lines\":[{\"itemId\":\"i1\",\"quantity\":1,\"quantity\":9,\"unitPrice\":1}]}"));
        assertEquals("duplicate_field: 'x'", reason("{\"eventId\":\"e1\",\"own\":{\"x\":1,\"x\":1}}"), "also in fields we ignore");
    }

    @Test
    void invalidUtf8() {
        Map<String, int[]> cases = Map.of(
                "lone continuation byte", new int[] {0x80},
                "sequence cut short", new int[] {0xE2, 0x82},
                "overlong '/'", new int[] {0xC0, 0xAF},
                "overlong three-byte '/'", new int[] {0xE0, 0x80, 0xAF},
                "encoded surrogate", new int[] {0xED, 0xA0, 0x80},
                "past U+10FFFF", new int[] {0xF4, 0x90, 0x80, 0x80},
                "byte never used", new int[] {0xFF});
        cases.forEach((name, raw) -> {
            String reason = reason(viewWithItemBytes(raw));
            assertTrue(reason.matches("bad_encoding: byte " + SPLICED_AT + " \\(0x[0-9a-f]{2}\\) is not strict UTF-8"),
                    name + ": " + reason);
        });
        assertEquals("ia\u20ac\uD83D\uDE00", accepted(viewWithItemBytes('a', 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80)).itemId,
                "valid multi-byte characters pass");
        assertEquals("bad_encoding: byte 0 (0x00) is not JSON text (UTF-16 or binary?)",
                reason(valid(EventType.VIEW).toString().getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("bad_encoding: byte 0 (0xfe) is not strict UTF-8",
                reason(valid(EventType.VIEW).toString().getBytes(StandardCharsets.UTF_16)), "UTF-16 with its byte order mark");
    }

    @Test
    void nulBytes() {
        assertEquals("bad_encoding: byte " + SPLICED_AT + " (0x00) is not JSON text (UTF-16 or binary?)",
                reason(viewWithItemBytes(0)));
        byte[] trailing = Arrays.copyOf(bytes(valid(EventType.VIEW)), bytes(valid(EventType.VIEW)).length + 1);
        assertTrue(reason(trailing).startsWith("bad_encoding: byte "), "a NUL after the object");
        assertEquals("invalid_value: userId holds the control character \\u0000 at 1",
                reason(EventType.VIEW, o -> o.put("userId", "u\u0000")), "an escaped NUL in an id");
        assertEquals("invalid_value: text holds the control character \\u0000 at 2",
                reason(EventType.REVIEW, o -> o.put("text", "ok\u0000")));
        assertEquals("line one\nline\ttwo", accepted(bytes(valid(EventType.REVIEW).put("text", "line one\nline\ttwo"))).text,
                "a text may hold line breaks and tabs");
    }

    @Test
    void unpairedSurrogatesWouldBecomeAnotherId() {
        // Written as JSON escapes: Java's own UTF-8 encoder would already have replaced them with '?'.
        assertEquals("invalid_value: userId holds an unpaired surrogate \\ud800 at 1",
                reason("{\"eventId\":\"e1\",\"type\":\"view\",\"eventTime\":" + (NOW - 1)
                        + ",\"userId\":\"u\\ud800\",\"itemId\":\"i1\"}"));
        assertEquals("invalid_value: items[1] holds an unpaired surrogate \\udc00 at 0",
                reason("{\"eventId\":\"e1\",\"type\":\"impression\",\"eventTime\":" + (NOW - 1)
                        + ",\"userId\":\"u1\",\"items\":[\"i1\",\"\\udc00\"]}"));
        assertEquals("u\uD83D\uDE00", accepted(bytes(valid(EventType.VIEW).put("userId", "u\uD83D\uDE00"))).userId);
    }

    @Test
    void byteOrderMarks() {
        byte[] json = bytes(valid(EventType.VIEW));
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertEquals("i1", accepted(withBom).itemId, "RFC 8259 lets a parser ignore a leading UTF-8 byte order mark");
        assertTrue(reason(utf8("{\"eventId\":\"e1\",\uFEFF\"type\":\"view\"}")).startsWith("bad_json: "), "one inside is no JSON");
        assertEquals("empty_payload: only whitespace", reason(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' '}));
    }

    @Test
    void emptyAndWhitespaceRecords() {
        assertEquals("empty_payload", reason((byte[]) null), "a tombstone");
        assertEquals("empty_payload", reason(new byte[0]));
        assertEquals("empty_payload: only whitespace", reason(" \r\n\t "));
    }

    @Test
    void recordsThatAreNoObject() {
        assertEquals("not_an_object: expected a JSON object, got array", reason("[{\"eventId\":\"e1\"}]"));
        assertEquals("not_an_object: expected a JSON object, got string", reason("\"{\\\"eventId\\\":1}\""));
        assertEquals("not_an_object: expected a JSON object, got null", reason("null"));
        assertEquals("not_an_object: expected a JSON object, got boolean", reason("true"));
    }

    @Test
    void quantitiesPricesAndRatingsOutOfRange() {
        assertEquals("invalid_value: lines[0].quantity must be <= 10000 (ingest.maxQuantity), got 10001",
                reason(EventType.PURCHASE, o -> line0(o).put("quantity", 10_001)));
        assertEquals("invalid_value: lines[0].quantity must be > 0, got -3", reason(EventType.PURCHASE, o -> line0(o).put("quantity", -3)));
        assertEquals("invalid_value: lines[0].unitPrice must be <= 1.0E9 (ingest.maxPrice), got 1.0E12",
                reason(EventType.PURCHASE, o -> line0(o).put("unitPrice", 1e12)));
        assertEquals("invalid_value: price must be <= 1.0E9 (ingest.maxPrice), got 5.0E9",
                reason(EventType.CATALOGUE_UPDATE, o -> o.put("price", 5e9)));
        assertEquals("invalid_value: price must be >= 0, got -0.01", reason(EventType.CATALOGUE_UPDATE, o -> o.put("price", -0.01)));
        assertEquals("invalid_value: stock must be >= 0, got -1", reason(EventType.CATALOGUE_UPDATE, o -> o.put("stock", -1)));
        assertEquals("invalid_value: rating must be between 1 and 5, got 2147483647",
                reason(EventType.RATING, o -> o.put("rating", Integer.MAX_VALUE)));
        assertEquals("invalid_value: rating is out of range, got 10000000000", reason(EventType.RATING, o -> o.put("rating", 10_000_000_000L)));
        ObjectNode atTheLimits = valid(EventType.PURCHASE);
        line0(atTheLimits).put("quantity", LIMITS.maxQuantity()).put("unitPrice", LIMITS.maxPrice());
        assertEquals(LIMITS.maxQuantity(), accepted(bytes(atTheLimits)).lines.get(0).quantity);
    }

    @Test
    void timestampsIn1970AndIn2100() {
        assertEquals("invalid_value: eventTime must not be before 2000-01-01T00:00:00Z (ingest.earliestEventTime), got 1970-01-01T00:00:00Z",
                reason(EventType.VIEW, o -> o.put("eventTime", 0)));
        assertEquals("invalid_value: eventTime must not be before 2000-01-01T00:00:00Z (ingest.earliestEventTime), got 1970-01-01T00:00:01Z",
                reason(EventType.VIEW, o -> o.put("eventTime", "1970-01-01T00:00:01Z")));
        assertEquals(946_684_800_000L, accepted(bytes(valid(EventType.VIEW).put("eventTime", "2000-01-01T00:00:00Z"))).eventTime);
        assertTrue(reason(EventType.VIEW, o -> o.put("eventTime", "2100-01-01T00:00:00Z")).startsWith("future_time: eventTime is "));
        assertEquals("invalid_value: eventTime is out of range, got '+999999999-12-31T23:59:59Z'",
                reason(EventType.VIEW, o -> o.put("eventTime", "+999999999-12-31T23:59:59Z")), "beyond epoch milliseconds");
        assertEquals("invalid_value: eventTime must not be before 2000-01-01T00:00:00Z (ingest.earliestEventTime), "
                + "got -292275055-05-16T16:47:04.192Z", reason(EventType.VIEW, o -> o.put("eventTime", Long.MIN_VALUE)));
    }

    @Test
    void idsOfTenKilobytes() {
        String tenKb = repeat("x", 10 * 1024);
        for (String field : new String[] {"eventId", "userId", "itemId"}) {
            assertEquals("invalid_value: " + field + " is 10240 characters long, over ingest.maxIdLength 256",
                    reason(EventType.VIEW, o -> o.put(field, tenKb)));
        }
        assertEquals("invalid_value: orderId is 10240 characters long, over ingest.maxIdLength 256",
                reason(EventType.PURCHASE, o -> o.put("orderId", tenKb)));
        assertEquals("invalid_value: items[0] is 10240 characters long, over ingest.maxIdLength 256",
                reason(EventType.IMPRESSION, o -> o.withArray("items").set(0, o.textNode(tenKb))));
        assertEquals("invalid_value: category is 10240 characters long, over ingest.maxTextLength 4096",
                reason(EventType.VIEW, o -> o.put("category", repeat("c", 10 * 1024))));
        String atTheLimit = repeat("y", LIMITS.maxIdLength());
        assertEquals(atTheLimit, accepted(bytes(valid(EventType.VIEW).put("userId", atTheLimit))).userId);
    }

    @Test
    void listsLongerThanTheLimit() {
        assertEquals("invalid_value: items has 1001 entries, over ingest.maxListSize 1000", reason(EventType.IMPRESSION, o -> {
            var items = o.putArray("items");
            for (int i = 0; i <= LIMITS.maxListSize(); i++) items.add("i" + i);
        }));
    }

    @Test
    void reasonsStayOneShortLineWhateverTheRecordHolds() {
        String reason = reason(EventType.VIEW, o -> o.put("type", repeat("t", 1000) + "\nsecond line"));
        assertEquals("unknown_type: '" + repeat("t", 60) + "...' (1012 chars)", reason);
        String zone = reason(EventType.VIEW, o -> o.put("timeZone", "Europe/\r\nBerlin"));
        assertEquals("invalid_value: timeZone 'Europe/\\u000d\\u000aBerlin' is not an IANA time zone such as Europe/Berlin", zone);
        assertFalse(zone.contains("\n"));
        assertTrue(reason(repeat("{\"" + repeat("k", 300) + "\":", 1) + "}").length() <= EventCodec.MAX_REASON_CHARS);
    }
}
