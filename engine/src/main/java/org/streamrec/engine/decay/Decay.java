package org.streamrec.engine.decay;

/** Exponential decay by half-life, in event time. */
public final class Decay {
    private Decay() {}

    /** {@code value} recorded at {@code from}, as seen at {@code to} (no growth if {@code to < from}). */
    public static double at(double value, long from, long to, long halfLifeMillis) {
        if (to <= from || value == 0) return value;
        return value * Math.pow(0.5, (double) (to - from) / halfLifeMillis);
    }
}
