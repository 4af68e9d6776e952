package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void nestedSectionsPrefixKeysAndShareOneList() {
        Problems root = new Problems();
        Problems weights = root.section("profile").section("actionWeights");
        weights.add("view", "bad");
        root.add("top", "also bad");
        assertEquals(List.of("profile.actionWeights.view: bad", "top: also bad"), root.messages());
        assertEquals(root.messages(), weights.messages());
    }

    @Test
    void positiveRejectsZeroAndBelow() {
        Problems p = new Problems();
        p.positive("a", 1);
        p.positive("b", 0);
        p.positive("c", -3);
        assertEquals(List.of("b: must be > 0, got 0", "c: must be > 0, got -3"), p.messages());
    }

    @Test
    void atLeastIsInclusive() {
        Problems p = new Problems();
        p.atLeast("a", 5, 5);
        p.atLeast("b", 4, 5);
        assertEquals(List.of("b: must be >= 5, got 4"), p.messages());
    }

    @Test
    void rangeIsInclusiveAndRejectsNaN() {
        Problems p = new Problems();
        p.range("low", 0, 0, 1);
        p.range("high", 1, 0, 1);
        p.range("under", -0.5, 0, 1);
        p.range("over", 1.5, 0, 1);
        p.range("nan", Double.NaN, 0, 1);
        List<String> m = p.messages();
        assertEquals(3, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("under: must be between 0.0 and 1.0, got -0.5"), m.get(0));
        assertTrue(m.get(1).startsWith("over: "), m.get(1));
        assertTrue(m.get(2).startsWith("nan: "), m.get(2));
    }

    @Test
    void positiveDurationRejectsMissingZeroAndNegative() {
        Problems p = new Problems();
        p.positive("ok", Duration.ofMillis(1));
        p.positive("missing", (Duration) null);
        p.positive("zero", Duration.ZERO);
        p.positive("negative", Duration.ofSeconds(-1));
        assertEquals(List.of("missing", "zero", "negative"), p.messages().stream().map(m -> m.split(":")[0]).toList());
    }

    @Test
    void notBlankRejectsNullEmptyAndSpaces() {
        Problems p = new Problems();
        p.notBlank("ok", "x");
        p.notBlank("null", null);
        p.notBlank("empty", "");
        p.notBlank("spaces", "  ");
        assertEquals(List.of("null: must not be empty", "empty: must not be empty", "spaces: must not be empty"),
                p.messages());
    }

    @Test
    void messagesAreASnapshotThatCannotBeChanged() {
        Problems p = new Problems();
        List<String> before = p.messages();
        p.add("k", "m");
        assertTrue(before.isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> p.messages().add("x"));
    }
}
