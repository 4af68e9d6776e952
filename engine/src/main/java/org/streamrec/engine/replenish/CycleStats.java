package org.streamrec.engine.replenish;

/**
 * Repurchase statistics of an item or a category over all users: the per-unit intervals seen and
 * how many buyers came back. Aggregates only, no user ids.
 */
public class CycleStats {
    public long intervals;
    /** Sum of ln(per-unit interval in ms). */
    public double logIntervalSum;
    /** Distinct (user, item) buyers. */
    public long buyers;
    /** Buyers who bought the same item at least twice. */
    public long rebuyers;

    public CycleStats() {}

    public void add(PurchaseObservation o) {
        if (o.userPurchases <= 1) {
            buyers++;
            return;
        }
        intervals++;
        logIntervalSum += o.logUnitInterval;
        if (o.userPurchases == 2) rebuyers++;
    }

    public CycleStats copy() {
        CycleStats c = new CycleStats();
        c.intervals = intervals;
        c.logIntervalSum = logIntervalSum;
        c.buyers = buyers;
        c.rebuyers = rebuyers;
        return c;
    }

    /** Mean of ln(per-unit interval in ms); NaN before any interval. */
    public double meanLogInterval() {
        return intervals == 0 ? Double.NaN : logIntervalSum / intervals;
    }

    /** Share of buyers who bought again; NaN before any buyer. */
    public double repeatRate() {
        return buyers == 0 ? Double.NaN : (double) rebuyers / buyers;
    }
}
