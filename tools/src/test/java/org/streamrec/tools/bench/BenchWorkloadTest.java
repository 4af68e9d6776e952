package org.streamrec.tools.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;

class BenchWorkloadTest {
    private static final long START = 1_700_000_000_000L;
    private final EventCodec codec = EventCodec.of(ConfigLoader.defaults());
    private final BenchWorkload workload = new BenchWorkload(1000, 500, 1.0, 7, START, 100);

    @Test
    void wirePayloadParsesToTheSameEventTheProducerWouldSend() {
        Map<EventType, Integer> types = new HashMap<>();
        for (long i = 0; i < 2000; i++) {
            IngestRecord parsed = codec.decode(workload.wire(i), "t", 0, i, START);
            assertNotNull(parsed.event, () -> "rejected: " + parsed.deadLetter.reason);
            assertArrayEquals(codec.encode(workload.event(i)), codec.encode(parsed.event), "event " + i);
            types.merge(parsed.event.type, 1, Integer::sum);
        }
        assertEquals(4, types.size(), "views, add-to-cart, favourites and purchases: " + types);
        assertTrue(types.get(EventType.VIEW) > 1400 && types.get(EventType.VIEW) < 1800, types::toString);
    }

    @Test
    void eventsAreAFunctionOfTheirIndex() {
        BenchWorkload same = new BenchWorkload(1000, 500, 1.0, 7, START, 100);
        BenchWorkload otherSeed = new BenchWorkload(1000, 500, 1.0, 8, START, 100);
        int differ = 0;
        for (long i = 0; i < 100; i++) {
            assertArrayEquals(workload.wire(i), same.wire(i));
            if (!java.util.Arrays.equals(workload.wire(i), otherSeed.wire(i))) differ++;
        }
        assertTrue(differ > 90, "another seed gives other events, differ=" + differ);
    }

    @Test
    void eventTimeAdvancesAtTheGivenPace() {
        assertEquals(START, workload.event(0).eventTime);
        assertEquals(START + 10_000, workload.event(1000).eventTime);
    }

    @Test
    void usersAndItemsAreZipfSkewed() {
        Map<String, Integer> users = new HashMap<>();
        for (long i = 0; i < 20_000; i++) users.merge(workload.event(i).userId, 1, Integer::sum);
        int top = users.getOrDefault("u0", 0);
        int tenth = users.getOrDefault("u9", 0);
        // Exponent 1: rank 1 is drawn ten times as often as rank 10; H(1000) ~ 7.5 gives u0 ~ 13%.
        assertTrue(top > 2000 && top < 3400, "u0 drew " + top);
        assertTrue(top > 6 * tenth && top < 15 * tenth, "u0 " + top + " vs u9 " + tenth);
    }

    @Test
    void anEventsIndexIsReadBackFromItsId() {
        for (long i : new long[] {0, 7, 123_456_789_012L}) assertEquals(i, BenchWorkload.indexOf(workload.event(i).eventId));
        for (String other : new String[] {null, "", "b", "x12", "b1x", "bb2", "b-3"}) assertEquals(-1, BenchWorkload.indexOf(other), other);
    }
}
