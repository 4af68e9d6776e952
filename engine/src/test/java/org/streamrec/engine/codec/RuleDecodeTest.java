package org.streamrec.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.IngestRecord;

class RuleDecodeTest {
    private final EventCodec codec = new EventCodec(Duration.ofHours(1));

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
}
