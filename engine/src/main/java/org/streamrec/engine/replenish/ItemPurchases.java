package org.streamrec.engine.replenish;

/** One user's purchases of one item, reduced to what the cycle estimate needs. */
public class ItemPurchases {
    public long lastPurchaseTime;
    public int lastQuantity;
    public int purchases;
    /** Sum of ln(per-unit interval in ms) over consecutive purchases. */
    public double logIntervalSum;

    public ItemPurchases() {}
}
