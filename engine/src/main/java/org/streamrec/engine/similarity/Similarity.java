package org.streamrec.engine.similarity;

import org.streamrec.config.SimilarityConfig;

/**
 * Similarity of item j to item i from their co-occurrence and counts (all in one forward-decay epoch,
 * whose common factor cancels): the co-occurrence, a blend of symmetric and directed (j after i) by
 * {@link SimilarityConfig#directedWeight()}, over count(i)^alpha x count(j)^(1 - alpha), the
 * asymmetric cosine (Aiolli 2013): alpha 0.5 is cosine, 1 the conditional probability P(j | i).
 *
 * <p>Split in two, because an item ranks its neighbours on every update: {@link #rankValue} leaves out
 * count(i), which is the same for all of i's neighbours and so changes no order.
 */
public final class Similarity {
    private final double alpha;
    private final double directed;

    public Similarity(SimilarityConfig config) {
        this.alpha = config.alpha();
        this.directed = config.directedWeight();
    }

    /** Co-occurrence / count(j)^(1 - alpha): orders i's neighbours; 0 when there is nothing to go on. */
    public double rankValue(double sym, double fwd, double countJ) {
        double pair = (1 - directed) * sym + directed * fwd;
        if (pair <= 0 || countJ <= 0) return 0;
        return pair / power(countJ, 1 - alpha);
    }

    /** The similarity from a {@link #rankValue} and count(i). */
    public double of(double rankValue, double countI) {
        return countI <= 0 ? 0 : rankValue / power(countI, alpha);
    }

    private static double power(double x, double exponent) {
        if (exponent == 0) return 1;
        if (exponent == 1) return x;
        if (exponent == 0.5) return Math.sqrt(x);
        return Math.pow(x, exponent);
    }
}
