package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RecentlyUsedTest {
    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        RecentlyUsed<String, Integer> cache = new RecentlyUsed<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");
        cache.put("c", 3);
        assertEquals(2, cache.size());
        assertEquals(1, cache.get("a"));
        assertNull(cache.get("b"), "b was used least recently");
        assertEquals(3, cache.get("c"));
    }

    @Test
    void capacityZeroHoldsNothing() {
        RecentlyUsed<String, Integer> cache = new RecentlyUsed<>(0);
        cache.put("a", 1);
        assertEquals(0, cache.size());
        assertNull(cache.get("a"));
    }
}
