package org.streamrec.engine.replenish;

/**
 * One purchased item as the repurchase model sees it. Built by the user-keyed interval step, then
 * enriched by the item step (catalogue facts, item statistics) and the category step.
 */
public class PurchaseObservation {
    public String userId;
    public String itemId;
    public long purchaseTime;
    public int quantity;
    /** Purchases of this item by this user so far, this one included: 1 on a first purchase. */
    public int userPurchases;
    /** ln of the time per unit since the user's previous purchase of the item (ms); 0 on a first purchase. */
    public double logUnitInterval;
    /** Sum of ln(per-unit interval) over the user's intervals for this item (userPurchases - 1 of them). */
    public double userLogIntervalSum;
    /** Category from the catalogue; null when no catalogue update named one. */
    public String category;
    /** The catalogue's replenishable flag; null when the catalogue never said. */
    public Boolean catalogueReplenishable;
    /** Statistics of the item over all users, this observation included. */
    public CycleStats itemStats;
    /** Statistics of the item's category over all users, this observation included; null without a category. */
    public CycleStats categoryStats;
    /** The purchase's time zone, if it carried one; the contact policy learns the user's zone from it. */
    public String timeZone;

    public PurchaseObservation() {}

    /** Intervals the user has shown for this item. */
    public int userIntervals() {
        return userPurchases - 1;
    }

    @Override
    public String toString() {
        return "PurchaseObservation{" + userId + " " + itemId + "x" + quantity + " t=" + purchaseTime
                + " #" + userPurchases + "}";
    }
}
