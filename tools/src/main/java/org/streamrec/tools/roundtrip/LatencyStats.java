package org.streamrec.tools.roundtrip;

import java.util.Arrays;

/** Latencies in milliseconds, collected from one thread, summarised by percentiles. */
public final class LatencyStats {
    private long[] values = new long[1024];
    private int size;

    public void add(long millis) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = millis;
    }

    public int count() {
        return size;
    }

    /** The q-quantile (0..1) by nearest rank, or NaN with no samples. */
    public double percentile(double q) {
        if (size == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }
}
