package org.streamrec.engine.replenish;

import java.util.Locale;
import java.util.Optional;
import org.streamrec.config.ReminderConfig;

/**
 * The repurchase model of one user and item, in the spirit of Buy It Again's Poisson-gamma model.
 *
 * <p>Timing: a user consumes units of an item at a rate with a gamma prior whose mean cycle comes
 * from the level above and whose weight is {@code priorStrength} pseudo-intervals. The posterior
 * cycle is then (s x priorCycle + sum of own per-unit intervals) / (s + own intervals). The same
 * shrinkage runs twice: the category's mean cycle is the prior of the item's cycle, and the item's
 * is the prior of the user's. A level with no data passes the level above through unchanged.
 *
 * <p>Whether the user comes back: the item's repeat rate (share of buyers who bought again), shrunk
 * toward the category's the same way, is the prior of a beta-binomial estimate over the user's own
 * purchases, each of which but the last was followed by a repurchase: confidence =
 * (n + s x repeatRate) / (n + s) with n the user's intervals, so it grows with every repurchase.
 *
 * <p>Replenishable items: the catalogue flag when there is one (an item flagged replenishable counts
 * as repeating at least at the threshold); otherwise the learned repeat rate must reach
 * {@code repeatRateThreshold} over at least {@code minBuyers} buyers.
 */
public final class RepurchaseModel {
    private static final double DAY_MS = 86_400_000d;

    private final double priorStrength;
    private final double repeatRateThreshold;
    private final int minBuyers;

    public RepurchaseModel(ReminderConfig config) {
        this.priorStrength = config.priorStrength();
        this.repeatRateThreshold = config.repeatRateThreshold();
        this.minBuyers = config.minBuyers();
    }

    /** Empty when the item is not replenishable or no interval is known at any level. */
    public Optional<RepurchasePrediction> predict(PurchaseObservation o) {
        CycleStats item = o.itemStats;
        CycleStats category = o.categoryStats;
        double repeatRate = shrink(item.rebuyers, item.buyers, category == null ? Double.NaN : category.repeatRate());
        if (Boolean.FALSE.equals(o.catalogueReplenishable)) return Optional.empty();
        if (Boolean.TRUE.equals(o.catalogueReplenishable)) {
            repeatRate = Double.isNaN(repeatRate) ? repeatRateThreshold : Math.max(repeatRate, repeatRateThreshold);
        } else if (item.buyers < minBuyers || !(repeatRate >= repeatRateThreshold)) {
            return Optional.empty();
        }
        double itemCycle = shrink(item.intervalSum, item.intervals, category == null ? Double.NaN : category.meanInterval());
        int n = o.userIntervals();
        double unitCycle = shrink(o.userIntervalSum, n, itemCycle);
        if (Double.isNaN(unitCycle)) return Optional.empty();
        double confidence = (n + priorStrength * repeatRate) / (n + priorStrength);
        long runOut = o.purchaseTime + Math.round(o.quantity * unitCycle);
        String reason = String.format(Locale.ROOT, "bought %d time%s; one unit lasts about %.1f days",
                o.userPurchases, o.userPurchases == 1 ? "" : "s", unitCycle / DAY_MS);
        return Optional.of(new RepurchasePrediction(unitCycle, runOut, confidence, reason));
    }

    /** Posterior mean of (sum / n) under a prior worth {@code priorStrength} observations of {@code prior}. */
    private double shrink(double sum, long n, double prior) {
        if (Double.isNaN(prior)) return n == 0 ? Double.NaN : sum / n;
        return (priorStrength * prior + sum) / (priorStrength + n);
    }
}
