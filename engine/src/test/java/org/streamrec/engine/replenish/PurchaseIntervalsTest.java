package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.replenish.Fixtures.DAY;
import static org.streamrec.engine.replenish.Fixtures.T0;
import static org.streamrec.engine.replenish.Fixtures.lnDays;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseIntervalsTest {
    private final PurchaseHistory history = new PurchaseHistory();

    private PurchaseIntervals.Recorded buy(PurchaseIntervals intervals, long time, Map<String, Integer> units) {
        return intervals.record(history, "u1", time, units);
    }

    @Test
    void intervalIsTimeSincePreviousPurchaseDividedByTheQuantityBoughtThen() {
        PurchaseIntervals intervals = new PurchaseIntervals(10);
        PurchaseObservation first = buy(intervals, T0, Map.of("formula", 3)).observations().get(0);
        assertEquals(1, first.userPurchases);
        assertEquals(0, first.logUnitInterval);

        PurchaseObservation second = buy(intervals, T0 + 21 * DAY, Map.of("formula", 1)).observations().get(0);
        assertEquals(2, second.userPurchases);
        assertEquals(lnDays(7), second.logUnitInterval, 1e-12);
        assertEquals(lnDays(7), second.userLogIntervalSum, 1e-12);

        PurchaseObservation third = buy(intervals, T0 + 26 * DAY, Map.of("formula", 2)).observations().get(0);
        assertEquals(3, third.userPurchases);
        assertEquals(lnDays(5), third.logUnitInterval, 1e-12);
        assertEquals(lnDays(7) + lnDays(5), third.userLogIntervalSum, 1e-12);
        assertEquals("u1", third.userId);
        assertEquals(2, third.quantity);
        assertEquals(T0 + 26 * DAY, third.purchaseTime);
    }

    @Test
    void intervalsShorterThanAnHourCountAsAnHour() {
        PurchaseIntervals intervals = new PurchaseIntervals(10);
        buy(intervals, T0, Map.of("formula", 1));
        PurchaseObservation sameInstant = buy(intervals, T0, Map.of("formula", 1)).observations().get(0);
        assertEquals(Math.log(PurchaseIntervals.MIN_UNIT_INTERVAL_MS), sameInstant.logUnitInterval, 1e-12);
    }

    @Test
    void aLineOlderThanTheItemsLastPurchaseIsSkippedAndCounted() {
        PurchaseIntervals intervals = new PurchaseIntervals(10);
        buy(intervals, T0 + 10 * DAY, Map.of("formula", 1));
        PurchaseIntervals.Recorded late = buy(intervals, T0, Map.of("formula", 1, "wipes", 1));
        assertEquals(1, late.outOfOrderLines());
        assertEquals(1, late.observations().size());
        assertEquals("wipes", late.observations().get(0).itemId);
        assertEquals(1, history.items.get("formula").purchases);
        assertEquals(T0 + 10 * DAY, history.items.get("formula").lastPurchaseTime);
    }

    @Test
    void forgetsTheLeastRecentlyBoughtItemBeyondTheBound() {
        PurchaseIntervals intervals = new PurchaseIntervals(2);
        buy(intervals, T0, Map.of("a", 1));
        buy(intervals, T0 + DAY, Map.of("b", 1));
        buy(intervals, T0 + 2 * DAY, Map.of("a", 1));
        buy(intervals, T0 + 3 * DAY, Map.of("c", 1));
        assertEquals(2, history.items.size());
        assertFalse(history.items.containsKey("b"));
        assertTrue(history.items.containsKey("a"));
        assertEquals(1, buy(intervals, T0 + 4 * DAY, Map.of("b", 1)).observations().get(0).userPurchases);
    }
}
