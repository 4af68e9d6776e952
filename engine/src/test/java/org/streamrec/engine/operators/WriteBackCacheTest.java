package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteBackCacheTest {
    private final List<String> written = new ArrayList<>();
    private final WriteBackCache<String, Integer> cache = new WriteBackCache<>(2, (k, v) -> written.add(k + "=" + v));

    @Test
    void theLeastRecentlyUsedLeavesAndIsWrittenOnlyIfChanged() throws Exception {
        cache.put("a", 1);
        cache.put("b", 2);
        cache.changed("a");
        cache.changed("b");
        cache.get("a");
        cache.put("c", 3);
        assertNull(cache.get("b"), "b was used least recently");
        assertEquals(List.of("b=2"), written);
        cache.put("d", 4);
        assertNull(cache.get("a"));
        assertEquals(List.of("b=2", "a=1"), written);
        cache.put("e", 5);
        assertNull(cache.get("c"));
        assertEquals(List.of("b=2", "a=1"), written, "c never changed, so leaving writes nothing");
    }

    @Test
    void flushWritesEachChangedValueOnceAndKeepsThemAll() throws Exception {
        cache.put("a", 1);
        cache.put("b", 2);
        cache.changed("b");
        cache.flush();
        assertEquals(List.of("b=2"), written);
        cache.flush();
        assertEquals(List.of("b=2"), written, "nothing changed since the last flush");
        assertEquals(1, cache.get("a"));
        assertEquals(2, cache.get("b"));
        cache.put("c", 3);
        assertEquals(List.of("b=2"), written, "a left clean");
    }

    @Test
    void aValueChangedAfterAFlushIsWrittenAgain() throws Exception {
        cache.put("a", 1);
        cache.changed("a");
        cache.flush();
        cache.changed("a");
        cache.flush();
        assertEquals(List.of("a=1", "a=1"), written);
    }

    @Test
    void aRemovedValueIsNeverWritten() throws Exception {
        cache.put("a", 1);
        cache.changed("a");
        cache.remove("a");
        cache.flush();
        assertNull(cache.get("a"));
        assertEquals(List.of(), written);
    }

    @Test
    void getOrLoadReadsTheStoreOnlyOnAMissAndCachesWhatItFound() throws Exception {
        List<String> reads = new ArrayList<>();
        assertEquals(7, cache.getOrLoad("a", () -> { reads.add("a"); return 7; }));
        assertEquals(7, cache.getOrLoad("a", () -> { reads.add("a again"); return 8; }));
        assertNull(cache.getOrLoad("b", () -> { reads.add("b"); return null; }));
        assertNull(cache.get("b"), "nothing found, nothing cached");
        assertEquals(List.of("a", "b"), reads);
    }

    @Test
    void refusesWhatItCannotHonour() {
        assertThrows(IllegalArgumentException.class, () -> new WriteBackCache<String, Integer>(0, (k, v) -> {}));
        assertThrows(IllegalStateException.class, () -> cache.changed("never put"));
    }
}
