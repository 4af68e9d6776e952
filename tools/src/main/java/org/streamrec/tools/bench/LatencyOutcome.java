package org.streamrec.tools.bench;

/**
 * Latency over every measured event, from its scheduled send time to the arrival of its first list.
 * An event that got no list within the drain is a miss and counts as +infinity, so a percentile is
 * infinite as soon as more than its share of events were missed (p99 with over 1% missed).
 */
public record LatencyOutcome(double rate, long measured, long answered, long lists, double p50, double p99,
                             double p999, double max, double drainSeconds, double maxSendLatenessMillis) {
    public double answeredShare() {
        return measured == 0 ? Double.NaN : (double) answered / measured;
    }

    public double listsPerEvent() {
        return measured == 0 ? Double.NaN : (double) lists / measured;
    }

    public long misses() {
        return measured - answered;
    }
}
