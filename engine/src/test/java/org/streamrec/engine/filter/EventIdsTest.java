package org.streamrec.engine.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventIdsTest {
    private final EventIds ids = new EventIds();

    @Test
    void anIdSeenAgainWithinTheWindowIsADuplicateEitherWayInTime() {
        assertFalse(ids.isDuplicate("e1", 1_000, 100, 10));
        assertTrue(ids.isDuplicate("e1", 1_050, 100, 10));
        assertTrue(ids.isDuplicate("e1", 950, 100, 10), "a late copy");
        assertFalse(ids.isDuplicate("e1", 1_200, 100, 10), "outside the window it is a new event");
    }

    @Test
    void oldIdsAreSweptAndTheCountIsBounded() {
        for (int i = 0; i < 50; i++) ids.isDuplicate("e" + i, i, 1_000_000, 10);
        assertEquals(10, ids.seen.size());
        assertTrue(ids.isDuplicate("e49", 50, 1_000_000, 10), "the newest are kept");
        assertFalse(ids.isDuplicate("e0", 51, 1_000_000, 10), "the oldest were forgotten");
        ids.isDuplicate("late", 10_000_000, 1_000, 10);
        assertEquals(1, ids.seen.size(), "everything older than the window went");
    }
}
