package org.streamrec.connectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.codec.RejectCode;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.IngestRecord;

/**
 * Property test of both decoders, {@link EventCodec#decode} (events) and {@link EventCodec#decodeRule}
 * (business rules): whatever the bytes, neither throws, and each gives exactly one of a parsed
 * record or a dead letter that keeps the bytes and where they came from, with a reason that starts
 * with a known code other than {@code internal_error}, one line of at most 500 characters. An
 * accepted event survives encode-then-decode unchanged and keeps the contract's bounds.
 *
 * <p>Every input goes through both decoders. Five classes of input, from one seed
 * ({@code -Dfuzz.seed=N} explores others; the seed is in every failure message):
 * <ol>
 *   <li>random bytes: 10,000 arrays of 0 to 512 bytes;
 *   <li>random JSON objects over the contract's field names, with values of every JSON type and hostile ones: 10,000;
 *   <li>every truncation of every example in docs/events.md (12 events, 3 rules, the dead letter's value): 2,043;
 *   <li>byte mutations (flip, overwrite, delete, insert, repeat a slice; 1 to 4 per case) of the examples: 16,000;
 *   <li>value mutations of the examples: a field (nested ones too) removed, renamed, given twice, or given one
 *       of the 33 {@link #HOSTILE_VALUES}: 8,000.
 * </ol>
 * That is 46,043 inputs, 92,086 decodings; the outcomes per class are printed at the end.
 */
class DecoderFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_203L);
    private static final int RANDOM_BYTE_CASES = 10_000;
    private static final int RANDOM_OBJECT_CASES = 10_000;
    private static final int BYTE_MUTANTS_PER_EXAMPLE = 1_000;
    private static final int VALUE_MUTANTS_PER_EXAMPLE = 500;
    /** After the doc's examples (March 2025), so that they are neither in the future nor too old. */
    private static final long NOW = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    private static final String TOPIC = "fuzz";
    private static final int PARTITION = 3;
    private static final long OFFSET = 99;

    /** Raw JSON text put in place of a field's value. */
    static final List<String> HOSTILE_VALUES = List.of(
            "0", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e308", "1e400", "-0.0",
            "0.5", "2147483648", "\"\"", "\" \"", "\"" + "x".repeat(300) + "\"", "\"" + "y".repeat(5000) + "\"",
            "\"\\u0000\"", "\"\\ud800\"", "\"\\t\"", "\"2100-01-01T00:00:00Z\"", "\"1970-01-01T00:00:00Z\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"NaN\"", "\"view\"", "\"purchase\"", "true", "false", "null", "[]", "{}",
            "[\"i1\"]", "[{}]", "[1,2]", "[".repeat(20) + "]".repeat(20), "{\"a\":".repeat(20) + "1" + "}".repeat(20));
    private static final List<String> FIELD_NAMES = List.of("eventId", "type", "eventTime", "userId", "itemId", "channel",
            "timeZone", "category", "query", "orderId", "lines", "quantity", "unitPrice", "rating", "text", "items", "price",
            "stock", "brand", "replenishable", "granted", "ruleId", "scope", "target", "weight", "active", "anonymousId", "incident");
    private static final List<String> TYPES = List.of("view", "add_to_cart", "remove_from_cart", "favourite", "search",
            "purchase", "rating", "review", "impression", "catalogue_update", "consent", "forget_user", "identify", "service_incident");

    private static List<byte[]> examples;
    /** Per class of input: how many cases, and how the decoders answered them (accepted, or the reject code). */
    private static final Map<String, Map<String, Integer>> OUTCOMES = new TreeMap<>();

    private final EngineConfig config = ConfigLoader.defaults();
    private final EventCodec codec = EventCodec.of(config);
    private final Random random = new Random(SEED);

    @BeforeAll
    static void readExamples() throws IOException {
        examples = new ArrayList<>();
        for (JsonNode example : EventsDoc.examples()) {
            if (example.has("alertId")) continue; // an output whose type is the alert's
            if (example.has("type") || example.has("ruleId")) examples.add(EventsDoc.bytes(example));
            else if (example.has("headers")) examples.add(example.get("value").textValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(19, examples.size(), "15 events, 3 rules and the dead letter's value");
    }

    @AfterAll
    static void report() {
        OUTCOMES.forEach((kind, outcomes) -> System.out.println("fuzz " + kind + ": " + outcomes));
    }

    @Test
    void randomBytes() {
        run("random bytes", RANDOM_BYTE_CASES, () -> {
            byte[] bytes = new byte[random.nextInt(513)];
            random.nextBytes(bytes);
            return bytes;
        });
    }

    @Test
    void randomObjectsOverTheContractsFieldNames() {
        Map<String, Integer> outcomes = run("random objects", RANDOM_OBJECT_CASES, () -> utf8(randomObject(0)));
        assertTrue(outcomes.getOrDefault("accepted", 0) > 0, "some random objects must be valid events: " + outcomes);
    }

    @Test
    void everyTruncationOfEveryExample() {
        int cases = examples.stream().mapToInt(e -> e.length).sum();
        int[] next = {0, 0};
        run("truncations", cases, () -> {
            byte[] example = examples.get(next[0]);
            byte[] prefix = Arrays.copyOf(example, next[1]++);
            if (next[1] == example.length) {
                next[0]++;
                next[1] = 0;
            }
            return prefix;
        });
    }

    @Test
    void byteMutationsOfEveryExample() {
        Map<String, Integer> outcomes = run("byte mutations", examples.size() * BYTE_MUTANTS_PER_EXAMPLE,
                () -> byteMutant(examples.get(random.nextInt(examples.size()))));
        assertTrue(outcomes.size() >= 6, "the mutants must reach several outcomes: " + outcomes);
    }

    @Test
    void valueMutationsOfEveryExample() {
        Map<String, Integer> outcomes = run("value mutations", examples.size() * VALUE_MUTANTS_PER_EXAMPLE,
                () -> valueMutant(new String(examples.get(random.nextInt(examples.size())), java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(outcomes.size() >= 6, "the mutants must reach several outcomes: " + outcomes);
    }

    /** Decodes {@code cases} inputs with both decoders, checking every answer; returns the outcomes. */
    private Map<String, Integer> run(String kind, int cases, Supplier<byte[]> inputs) {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int n = 0; n < cases; n++) {
            byte[] input = inputs.get();
            outcomes.merge(checkEvent(kind, input), 1, Integer::sum);
            outcomes.merge("rule " + checkRule(kind, input), 1, Integer::sum);
        }
        outcomes.put("cases", cases);
        OUTCOMES.put(kind, outcomes);
        return outcomes;
    }

    private String checkEvent(String kind, byte[] input) {
        IngestRecord r = decodeOrFail(kind, input, () -> codec.decode(input, TOPIC, PARTITION, OFFSET, NOW));
        assertNull(r.rule, () -> where(kind, input) + "an event decoder gave a rule");
        if (r.deadLetter != null) {
            assertNull(r.event, () -> where(kind, input) + "both an event and a dead letter");
            return checkDeadLetter(kind, input, r);
        }
        Event e = r.event;
        assertNotNull(e, () -> where(kind, input) + "neither an event nor a dead letter");
        assertFalse(e.eventId.isBlank(), () -> where(kind, input) + "blank event id");
        assertEquals(e.type.isCatalogue(), e.userId == null, () -> where(kind, input) + "user id against type");
        assertTrue(e.eventTime >= config.ingest().earliestEventTimeMillis()
                && e.eventTime <= NOW + config.runtime().maxFutureSkew().toMillis(), () -> where(kind, input) + "event time");
        byte[] once = codec.encode(e);
        IngestRecord again = codec.decode(once, TOPIC, PARTITION, OFFSET, NOW);
        assertNull(again.deadLetter, () -> where(kind, input) + "its own encoding is rejected: " + again.deadLetter.reason);
        assertArrayEquals(once, codec.encode(again.event), () -> where(kind, input) + "encode-then-decode changed it");
        return "accepted";
    }

    private String checkRule(String kind, byte[] input) {
        IngestRecord r = decodeOrFail(kind, input, () -> codec.decodeRule(input, TOPIC, PARTITION, OFFSET));
        assertNull(r.event, () -> where(kind, input) + "a rule decoder gave an event");
        if (r.deadLetter != null) {
            assertNull(r.rule, () -> where(kind, input) + "both a rule and a dead letter");
            return checkDeadLetter(kind, input, r);
        }
        BusinessRule rule = r.rule;
        assertNotNull(rule, () -> where(kind, input) + "neither a rule nor a dead letter");
        assertTrue(Set.of("item", "category", "campaign").contains(rule.scope), () -> where(kind, input) + rule.scope);
        assertTrue(Double.isFinite(rule.weight) && rule.weight >= 0, () -> where(kind, input) + "weight " + rule.weight);
        return "accepted";
    }

    private String checkDeadLetter(String kind, byte[] input, IngestRecord r) {
        String reason = r.deadLetter.reason;
        assertNotNull(reason, () -> where(kind, input) + "a dead letter without a reason");
        RejectCode code = RejectCode.ofReason(reason).orElseThrow(() -> new AssertionError(where(kind, input) + "unknown code: " + reason));
        assertNotEquals(RejectCode.INTERNAL_ERROR, code, () -> where(kind, input) + "a decoder bug: " + reason);
        assertTrue(reason.length() <= 500 && !reason.contains("\n"), () -> where(kind, input) + "reason too long or multi-line");
        int kept = input == null ? 0 : Math.min(input.length, config.ingest().maxRecordBytes());
        assertArrayEquals(input == null ? null : Arrays.copyOf(input, kept), r.deadLetter.payload,
                () -> where(kind, input) + "the dead letter must keep the bytes");
        assertEquals(TOPIC, r.deadLetter.sourceTopic);
        assertEquals(PARTITION, r.deadLetter.partition);
        assertEquals(OFFSET, r.deadLetter.offset);
        return code.code();
    }

    private IngestRecord decodeOrFail(String kind, byte[] input, Supplier<IngestRecord> decode) {
        try {
            IngestRecord r = decode.get();
            assertNotNull(r, () -> where(kind, input) + "no answer");
            return r;
        } catch (RuntimeException | StackOverflowError e) {
            return fail(where(kind, input) + "threw " + e, e);
        }
    }

    private static String where(String kind, byte[] input) {
        return kind + " (seed " + SEED + "), input in base64 " + Base64.getEncoder().encodeToString(input) + ": ";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String randomObject(int depth) {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(9);
        boolean eventShaped = depth == 0 && random.nextInt(3) > 0;
        // Distinct names (duplicates are the value mutations' business), none of the event-shaped start's.
        List<String> names = new ArrayList<>(eventShaped ? FIELD_NAMES.subList(4, FIELD_NAMES.size()) : FIELD_NAMES);
        java.util.Collections.shuffle(names, random);
        if (eventShaped) {
            // Mostly shaped like an event, so that the parser of every type is reached.
            json.append("\"eventId\":\"e").append(random.nextInt(100)).append("\",\"type\":\"")
                    .append(TYPES.get(random.nextInt(TYPES.size()))).append("\",\"eventTime\":")
                    .append(NOW - random.nextInt(1_000_000)).append(",\"userId\":\"u1\"");
            if (fields > 0) json.append(',');
        }
        for (int f = 0; f < fields; f++) {
            if (f > 0) json.append(',');
            json.append('"').append(names.get(f)).append("\":").append(randomValue(depth));
        }
        return json.append('}').toString();
    }

    private String randomValue(int depth) {
        return switch (random.nextInt(depth < 3 ? 8 : 6)) {
            case 0 -> HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
            case 1 -> Long.toString(random.nextLong() >> random.nextInt(64));
            case 2 -> Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(20)));
            case 3 -> "\"" + TYPES.get(random.nextInt(TYPES.size())) + "\"";
            case 4 -> "\"i" + random.nextInt(10) + "\"";
            case 5 -> random.nextBoolean() ? "true" : "null";
            case 6 -> randomObject(depth + 1);
            default -> "[" + randomValue(depth + 1) + "," + randomObject(depth + 1) + "]";
        };
    }

    private byte[] byteMutant(byte[] example) {
        byte[] bytes = example.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                case 2 -> bytes = splice(bytes, at, 1, new byte[0]);
                case 3 -> bytes = splice(bytes, at, 0, new byte[] {(byte) random.nextInt(256)});
                default -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(20));
                    bytes = splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length));
                }
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    /**
     * The example's text with one field changed. Fields are found as {@code "name":} in the text, so
     * nested ones (a purchase line's quantity) are reached too, and a value is replaced up to the
     * next comma or closing brace that ends it (the examples' values hold neither).
     */
    private byte[] valueMutant(String example) {
        List<int[]> fields = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([A-Za-z]+)\"\\s*:\\s*").matcher(example);
        while (m.find()) fields.add(new int[] {m.start(), m.end()});
        if (fields.isEmpty()) return utf8(example);
        int[] field = fields.get(random.nextInt(fields.size()));
        int valueEnd = endOfValue(example, field[1]);
        String name = example.substring(field[0], field[1]);
        String value = example.substring(field[1], valueEnd);
        String replacement = switch (random.nextInt(4)) {
            case 0 -> ""; // removed, with the comma after it if any
            case 1 -> name + value + "," + name + HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())); // twice
            case 2 -> "\"" + FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size())) + "\":" + value; // renamed
            default -> name + HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
        };
        int end = valueEnd;
        if (replacement.isEmpty() && end < example.length() && example.charAt(end) == ',') end++;
        return utf8(example.substring(0, field[0]) + replacement + example.substring(end));
    }

    /** Where the value starting at {@code start} ends: its closing bracket, or the next , } or ] outside strings. */
    private static int endOfValue(String json, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}' || c == ',') {
                if (depth == 0) return i;
                if (c != ',') depth--;
            }
        }
        return json.length();
    }
}
