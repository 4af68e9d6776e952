package org.streamrec.tools.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Percentiles of the values a Flink histogram still holds (its recent window), merged over
 * subtasks: {@code sampled} values of the {@code seen} it was ever given.
 */
public record Distribution(long sampled, long seen, double p50, double p99, double max) {
    static Distribution of(List<long[]> windows, long seen) {
        double[] all = windows.stream().flatMapToLong(Arrays::stream).asDoubleStream().sorted().toArray();
        return new Distribution(all.length, seen, LatencyHarness.quantile(all, 0.5), LatencyHarness.quantile(all, 0.99),
                LatencyHarness.quantile(all, 1.0));
    }
}
