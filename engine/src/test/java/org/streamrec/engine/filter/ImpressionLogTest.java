package org.streamrec.engine.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Limit 2 impressions within 100 ms, at most 3 items remembered. */
class ImpressionLogTest {
    private final ImpressionLog log = new ImpressionLog();

    private void shown(long time, String... items) {
        log.shown(List.of(items), time, 2, 3);
    }

    @Test
    void itemsShownTooOftenWithinTheWindowAreSuppressed() {
        shown(0, "a", "b");
        shown(50, "a");
        assertEquals(Set.of("a"), log.suppressed(60, 2, 100));
        assertEquals(Set.of(), log.suppressed(200, 2, 100), "the impressions aged out of the window");
    }

    @Test
    void actingOnAnItemForgivesIt() {
        shown(0, "a");
        shown(10, "a");
        log.actedOn(List.of("a"));
        assertEquals(Set.of(), log.suppressed(20, 2, 100));
    }

    @Test
    void boundedPerItemAndInItems() {
        for (int t = 0; t < 50; t++) shown(t, "a");
        assertEquals(2, log.shown.get("a").times.size());
        shown(60, "b");
        shown(70, "c");
        shown(80, "d");
        assertEquals(Set.of("b", "c", "d"), log.shown.keySet(), "a was shown longest ago");
    }
}
