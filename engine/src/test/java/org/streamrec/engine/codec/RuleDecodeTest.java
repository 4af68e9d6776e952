package org.streamrec.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.model.IngestRecord;

class RuleDecodeTest {
    private final EventCodec codec = EventCodec.of(ConfigLoader.defaults());

    private IngestRecord decode(String json) {
        return codec.decodeRule(json.getBytes(StandardCharsets.UTF_8), "recs.rules", 0, 7);
    }

    private String reason(String json) {
        IngestRecord r = decode(json);
        assertNull(r.rule);
        assertEquals(7, r.deadLetter.offset);
        return r.deadLetter.reason;
    }

    @Test
    void campaignRuleIsReadAndActiveByDefault() {
        IngestRecord r = decode("{\"ruleId\": 9, \"scope\": \"campaign\", \"items\": [\"a\", \"b\"], \"weight\": 2}");
        assertEquals("9", r.rule.ruleId);
        assertEquals(List.of("a", "b"), r.rule.items);
        assertEquals(2.0, r.rule.weight);
        assertEquals(true, r.rule.active);
        assertFalse(decode("{\"ruleId\": \"x\", \"scope\": \"item\", \"target\": \"a\", \"weight\": 1, \"active\": false}").rule.active);
    }

    @Test
    void brokenRulesBecomeDeadLettersNamingTheField() {
        assertEquals("invalid_value: scope must be one of [item, category, campaign], got 'brand'",
                reason("{\"ruleId\": \"x\", \"scope\": \"brand\", \"target\": \"a\", \"weight\": 1}"));
        assertEquals("missing_field: target", reason("{\"ruleId\": \"x\", \"scope\": \"item\", \"weight\": 1}"));
        assertEquals("invalid_value: weight must be >= 0, got -1.0",
                reason("{\"ruleId\": \"x\", \"scope\": \"category\", \"target\": \"t\", \"weight\": -1}"));
        assertEquals("missing_field: ruleId", reason("{\"scope\": \"item\", \"target\": \"a\", \"weight\": 1}"));
    }

    @Test
    void garbageOnTheRulesTopicIsHeldToTheSameLimits() {
        assertEquals("empty_payload", reason(""));
        assertEquals("not_an_object: expected a JSON object, got array", reason("[]"));
        assertEquals("duplicate_field: 'weight'",
                reason("{\"ruleId\": \"x\", \"scope\": \"item\", \"target\": \"a\", \"weight\": 1, \"weight\": 100}"));
        assertEquals("too_deep: objects and arrays nest more than 16 deep (ingest.maxNestingDepth)",
                reason("{\"ruleId\": " + "[".repeat(5000) + "]".repeat(5000) + "}"));
        assertEquals("invalid_value: ruleId is 10240 characters long, over ingest.maxIdLength 256",
                reason("{\"ruleId\": \"" + "r".repeat(10_240) + "\", \"scope\": \"item\", \"target\": \"a\", \"weight\": 1}"));
        assertEquals("invalid_value: items has 1001 entries, over ingest.maxListSize 1000",
                reason("{\"ruleId\": \"c\", \"scope\": \"campaign\", \"items\": [" + "\"i\",".repeat(1000) + "\"i\"], \"weight\": 1}"));
        assertEquals("invalid_value: weight is out of range, got Infinity",
                reason("{\"ruleId\": \"x\", \"scope\": \"item\", \"target\": \"a\", \"weight\": 1e999}"));
        IngestRecord binary = codec.decodeRule(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}, "recs.rules", 0, 7);
        assertEquals("bad_encoding: byte 0 (0xff) is not strict UTF-8", binary.deadLetter.reason);
    }
}
