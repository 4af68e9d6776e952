package org.streamrec.tools.shop;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Draws one of a fixed set of ints with probability proportional to its weight, in O(log n). */
final class WeightedSampler {
    private final int[] values;
    private final double[] cumulative;

    WeightedSampler(int[] values, double[] weights) {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("need as many weights as values, and at least one");
        }
        this.values = values.clone();
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    int sample(RandomGenerator random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        if (i < 0) i = -i - 1;
        return values[Math.min(i, values.length - 1)];
    }

    double totalWeight() {
        return cumulative[cumulative.length - 1];
    }
}
