package org.streamrec.tools.eval;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The scores of one model for one target. Each scored case is one target item with exactly one
 * relevant item, so at cut-off K: HitRate = share of cases whose item is in the top K;
 * NDCG = mean of 1/log2(rank+1) over hits in the top K (the ideal DCG is 1); MRR = mean of 1/rank
 * over hits in the top K. A case without a list counts as a miss. Every mean is NaN when nothing
 * was scored.
 *
 * @param eventsScored scored cases (one per scored item: a purchase of 3 new items is 3 cases)
 * @param eventsWithList cases for which the model had a non-empty list
 * @param hitsAtRank index r (1..MAX_K): cases whose item was at rank r
 * @param recommendedItems distinct items in the top {@link #REPORTED_K} of the lists used
 * @param itemsSeen distinct items in the interactions of the whole replay
 * @param perUser the cases and gains per user, for the bootstrap
 */
public record TargetScores(
        String model,
        Target target,
        long eventsScored,
        long eventsWithList,
        long[] hitsAtRank,
        long recommendedItems,
        long itemsSeen,
        UserTotals perUser) {

    /** Lists are requested, and HitRate@K plotted, up to this K. */
    public static final int MAX_K = 20;
    /** The K of metrics.json and the Markdown table. */
    public static final int REPORTED_K = 10;

    public double hitRate(int k) {
        return mean(k, rank -> 1.0);
    }

    public double ndcg(int k) {
        return mean(k, rank -> 1.0 / (Math.log(rank + 1) / Math.log(2)));
    }

    public double mrr(int k) {
        return mean(k, rank -> 1.0 / rank);
    }

    /** Distinct recommended items (top 10) / distinct items seen. */
    public double coverage() {
        return itemsSeen == 0 ? 0 : (double) recommendedItems / itemsSeen;
    }

    /** Share of scored cases that had a list. */
    public double eventsWithListShare() {
        return (double) eventsWithList / eventsScored;
    }

    private double mean(int k, IntToDoubleFunction gain) {
        if (k < 1 || k > MAX_K) throw new IllegalArgumentException("K must be 1.." + MAX_K + ", got " + k);
        double sum = 0;
        for (int rank = 1; rank <= k; rank++) sum += hitsAtRank[rank] * gain.applyAsDouble(rank);
        return sum / eventsScored;
    }

    @Override
    public String toString() {
        return model + "/" + target.label() + "{scored=" + eventsScored + " withList=" + eventsWithList
                + " hitsAtRank=" + Arrays.toString(hitsAtRank) + " recommended=" + recommendedItems + "/" + itemsSeen + "}";
    }
}
