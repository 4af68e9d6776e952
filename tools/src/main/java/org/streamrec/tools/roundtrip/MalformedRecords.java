package org.streamrec.tools.roundtrip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.streamrec.config.IngestConfig;
import org.streamrec.engine.codec.RejectCode;

/**
 * One record of each kind that a careless or hostile producer sends, with the code it must be
 * rejected with: broken JSON, hostile JSON (deep, large, strange numbers, duplicate keys, bad
 * encodings, no object at all) and values out of range. The demo mixes them into its feed; the
 * integration tests assert on their dead letters.
 */
public final class MalformedRecords {
    /** A malformed payload and the dead-letter code it must get. */
    public record Sample(String name, byte[] payload, RejectCode expected) {}

    private MalformedRecords() {}

    /**
     * @param nowMillis wall-clock time; the far-future samples are stamped a year and more after it
     * @param limits the limits the samples must break, each by a little or a lot
     */
    public static List<Sample> all(long nowMillis, IngestConfig limits) {
        long time = nowMillis - 60_000;
        long future = nowMillis + 365L * 24 * 3600 * 1000;
        List<Sample> s = new ArrayList<>();
        s.add(json("bad JSON", "{\"eventId\": \"bad-1\", \"type\": \"view\",", RejectCode.BAD_JSON));
        s.add(json("missing field", "{\"eventId\":\"bad-2\",\"type\":\"view\",\"eventTime\":" + time + ",\"itemId\":\"i1\"}",
                RejectCode.MISSING_FIELD));
        s.add(json("wrong type", view("bad-3", time, "\"rating\":\"five\"").replace("\"view\"", "\"rating\""), RejectCode.WRONG_TYPE));
        s.add(json("unknown event type", "{\"eventId\":\"bad-4\",\"type\":\"teleport\",\"userId\":\"u1\",\"eventTime\":" + time + "}",
                RejectCode.UNKNOWN_TYPE));
        s.add(json("negative quantity", purchase("bad-5", time, -2, "3.5"), RejectCode.INVALID_VALUE));
        s.add(json("far-future time", view("bad-6", future, ""), RejectCode.FUTURE_TIME));
        int depth = Math.max(10_000, limits.maxNestingDepth() + 1);
        s.add(json("nesting 10,000 deep", "{\"eventId\":\"bad-7\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}",
                RejectCode.TOO_DEEP));
        s.add(json("record over ingest.maxRecordBytes", view("bad-8", time, "\"pad\":\"" + "p".repeat(limits.maxRecordBytes()) + "\""),
                RejectCode.TOO_LARGE));
        s.add(json("number beyond long", view("bad-9", time, "").replace("\"eventTime\":" + time, "\"eventTime\":18446744073709551616"),
                RejectCode.INVALID_VALUE));
        s.add(json("number beyond double", purchase("bad-10", time, 1, "1e400"), RejectCode.INVALID_VALUE));
        s.add(json("NaN", purchase("bad-11", time, 1, "NaN"), RejectCode.BAD_JSON));
        s.add(json("Infinity", purchase("bad-12", time, 1, "-Infinity"), RejectCode.BAD_JSON));
        s.add(json("duplicate key", view("bad-13", time, "\"userId\":\"u2\""), RejectCode.DUPLICATE_FIELD));
        s.add(bytes("invalid UTF-8, overlong '/'", spliced(view("bad-14", time, "\"category\":\"a#b\""), '#', 0xC0, 0xAF),
                RejectCode.BAD_ENCODING));
        s.add(bytes("invalid UTF-8, lone continuation byte", spliced(view("bad-15", time, "\"category\":\"a#b\""), '#', 0x80),
                RejectCode.BAD_ENCODING));
        s.add(bytes("NUL byte", spliced(view("bad-16", time, "\"category\":\"a#b\""), '#', 0x00), RejectCode.BAD_ENCODING));
        s.add(bytes("UTF-16 instead of UTF-8", view("bad-17", time, "").getBytes(StandardCharsets.UTF_16LE), RejectCode.BAD_ENCODING));
        s.add(bytes("empty record", new byte[0], RejectCode.EMPTY_PAYLOAD));
        s.add(json("whitespace record", " \t \r ", RejectCode.EMPTY_PAYLOAD));
        s.add(json("JSON array", "[" + view("bad-20", time, "") + "]", RejectCode.NOT_AN_OBJECT));
        s.add(json("bare string", "\"view\"", RejectCode.NOT_AN_OBJECT));
        s.add(json("quantity over ingest.maxQuantity", purchase("bad-22", time, limits.maxQuantity() + 1, "1"), RejectCode.INVALID_VALUE));
        s.add(json("price over ingest.maxPrice", purchase("bad-23", time, 1, Double.toString(limits.maxPrice() * 10)),
                RejectCode.INVALID_VALUE));
        s.add(json("rating of 6", view("bad-24", time, "\"rating\":6").replace("\"view\"", "\"rating\""), RejectCode.INVALID_VALUE));
        s.add(json("timestamp in 1970", view("bad-25", Math.min(0, limits.earliestEventTimeMillis() - 1), ""), RejectCode.INVALID_VALUE));
        s.add(json("timestamp in 2100", view("bad-26", 4_102_444_800_000L, ""), RejectCode.FUTURE_TIME));
        String longId = "u".repeat(Math.max(10 * 1024, limits.maxIdLength() + 1));
        s.add(json("user id of 10 KB", view("bad-27", time, "").replace("\"userId\":\"u1\"", "\"userId\":\"" + longId + "\""),
                RejectCode.INVALID_VALUE));
        s.add(json("control character in an id", view("bad-28", time, "").replace("\"u1\"", "\"u\\u0007\""), RejectCode.INVALID_VALUE));
        s.add(json("unpaired surrogate in an id", view("bad-29", time, "").replace("\"u1\"", "\"u\\ud800\""), RejectCode.INVALID_VALUE));
        s.add(new Sample("no value (tombstone)", null, RejectCode.EMPTY_PAYLOAD));
        return s;
    }

    /** A view by u1 of i1, with {@code extra} fields ("" for none) before the closing brace. */
    private static String view(String id, long time, String extra) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"view\",\"userId\":\"u1\",\"eventTime\":" + time + ",\"itemId\":\"i1\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static String purchase(String id, long time, int quantity, String unitPrice) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"purchase\",\"userId\":\"u1\",\"eventTime\":" + time
                + ",\"orderId\":\"o1\",\"lines\":[{\"itemId\":\"i1\",\"quantity\":" + quantity + ",\"unitPrice\":" + unitPrice + "}]}";
    }

    /** {@code json} in UTF-8 with the character {@code at} replaced by raw bytes. */
    private static byte[] spliced(String json, char at, int... raw) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        int i = json.indexOf(at);
        byte[] out = new byte[text.length - 1 + raw.length];
        System.arraycopy(text, 0, out, 0, i);
        for (int k = 0; k < raw.length; k++) out[i + k] = (byte) raw[k];
        System.arraycopy(text, i + 1, out, i + raw.length, text.length - i - 1);
        return out;
    }

    private static Sample json(String name, String json, RejectCode expected) {
        return new Sample(name, json.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Sample bytes(String name, byte[] payload, RejectCode expected) {
        return new Sample(name, payload, expected);
    }
}
