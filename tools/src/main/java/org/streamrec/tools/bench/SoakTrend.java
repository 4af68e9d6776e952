package org.streamrec.tools.bench;

import java.util.List;

/**
 * Whether a series sampled over a soak is flat after warm-up. The first third of the samples is
 * warm-up (caches, state and JIT filling); over the last two thirds a least-squares line is
 * fitted (at least three samples), and its rise over that span ({@code growth}) must stay within
 * {@code tolerance}.
 */
public record SoakTrend(double slopePerHour, double growth, double mean, double tolerance, boolean flat) {
    /**
     * @param seconds when each sample was taken
     * @param tolerance the most the fitted line may rise (or fall) over the last two thirds
     */
    static SoakTrend of(List<Double> seconds, List<Double> values, double tolerance) {
        int from = seconds.size() / 3;
        int n = seconds.size() - from;
        if (n < 3) return new SoakTrend(Double.NaN, Double.NaN, Double.NaN, tolerance, false);
        double meanT = 0;
        double meanV = 0;
        for (int i = from; i < seconds.size(); i++) {
            meanT += seconds.get(i) / n;
            meanV += values.get(i) / n;
        }
        double covariance = 0;
        double variance = 0;
        for (int i = from; i < seconds.size(); i++) {
            covariance += (seconds.get(i) - meanT) * (values.get(i) - meanV);
            variance += (seconds.get(i) - meanT) * (seconds.get(i) - meanT);
        }
        double slope = variance == 0 ? 0 : covariance / variance;
        double growth = slope * (seconds.get(seconds.size() - 1) - seconds.get(from));
        return new SoakTrend(slope * 3600, growth, meanV, tolerance, Math.abs(growth) <= tolerance);
    }

    /** Flat when the line rises by at most {@code share} of the series' mean over the last two thirds. */
    static SoakTrend relative(List<Double> seconds, List<Double> values, double share) {
        double mean = values.subList(values.size() / 3, values.size()).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return of(seconds, values, share * mean);
    }
}
