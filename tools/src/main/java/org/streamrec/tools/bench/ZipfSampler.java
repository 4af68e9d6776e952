package org.streamrec.tools.bench;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent, in O(log n) by
 * binary search over the cumulative weights (n doubles; 8 MB for a million ranks).
 */
final class ZipfSampler implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] cumulative;

    ZipfSampler(int n, double exponent) {
        if (n <= 0) throw new IllegalArgumentException("need at least one rank, got " + n);
        if (!(exponent >= 0)) throw new IllegalArgumentException("exponent must be >= 0, got " + exponent);
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += Math.pow(rank + 1, -exponent);
            cumulative[rank] = sum;
        }
    }

    /** The rank for a uniform draw {@code u} in [0, 1). */
    int rank(double u) {
        int i = Arrays.binarySearch(cumulative, u * cumulative[cumulative.length - 1]);
        return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
    }
}
