package org.streamrec.engine.replenish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns a user's purchases into observations of the time each unit lasted: the interval since the
 * previous purchase of the same item divided by the quantity bought then, kept as its logarithm
 * (see {@link RepurchaseModel}).
 */
public final class PurchaseIntervals {
    /** Shorter per-unit intervals count as this long: two orders within the hour are one shopping trip, and ln(0) is undefined. */
    static final double MIN_UNIT_INTERVAL_MS = 3_600_000d;

    private static final Comparator<Map.Entry<String, ItemPurchases>> LEAST_RECENT =
            Comparator.<Map.Entry<String, ItemPurchases>>comparingLong(e -> e.getValue().lastPurchaseTime)
                    .thenComparing(Map.Entry::getKey);

    private final int maxItemsPerUser;

    public PurchaseIntervals(int maxItemsPerUser) {
        this.maxItemsPerUser = maxItemsPerUser;
    }

    /** Observations from one purchase, plus the lines skipped because they were older than the item's last purchase. */
    public record Recorded(List<PurchaseObservation> observations, int outOfOrderLines) {}

    /**
     * Records a purchase of {@code units} (item to quantity) at {@code time}. A line older than the
     * user's last recorded purchase of that item cannot be placed among the known intervals and is
     * skipped (counted in the result). When more than maxItemsPerUser items are tracked, the least
     * recently bought is forgotten; buying it again later counts as a first purchase.
     */
    public Recorded record(PurchaseHistory history, String userId, long time, Map<String, Integer> units) {
        List<PurchaseObservation> observations = new ArrayList<>(units.size());
        int outOfOrder = 0;
        for (Map.Entry<String, Integer> line : units.entrySet()) {
            ItemPurchases item = history.items.get(line.getKey());
            PurchaseObservation o = new PurchaseObservation();
            o.userId = userId;
            o.itemId = line.getKey();
            o.purchaseTime = time;
            o.quantity = line.getValue();
            if (item == null) {
                item = new ItemPurchases();
                history.items.put(line.getKey(), item);
            } else if (time < item.lastPurchaseTime) {
                outOfOrder++;
                continue;
            } else {
                double unitInterval = (double) (time - item.lastPurchaseTime) / item.lastQuantity;
                o.logUnitInterval = Math.log(Math.max(MIN_UNIT_INTERVAL_MS, unitInterval));
                item.logIntervalSum += o.logUnitInterval;
            }
            item.purchases++;
            item.lastPurchaseTime = time;
            item.lastQuantity = o.quantity;
            o.userPurchases = item.purchases;
            o.userLogIntervalSum = item.logIntervalSum;
            observations.add(o);
        }
        while (history.items.size() > maxItemsPerUser) {
            history.items.entrySet().stream().min(LEAST_RECENT).map(Map.Entry::getKey).ifPresent(history.items::remove);
        }
        return new Recorded(observations, outOfOrder);
    }
}
