package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HitRate@10 on the next interaction per bucket of event time (e.g. per hour) from a start (the
 * scored window's), per model: how fast each model re-learns after a change in what follows what.
 */
public final class Timeline {
    /** A model's level at the end of the window: the hit rate over its last quarter of buckets, and when it got there. */
    public record Recovery(double finalLevel, int firstBucketAtNinetyPercent) {}

    private final long from;
    private final long bucketMillis;
    private final Map<String, List<long[]>> casesAndHits = new LinkedHashMap<>();

    public Timeline(long from, long bucketMillis) {
        this.from = from;
        this.bucketMillis = bucketMillis;
    }

    public long bucketMillis() {
        return bucketMillis;
    }

    void add(String model, long time, boolean hit) {
        if (time < from) return;
        int bucket = (int) ((time - from) / bucketMillis);
        List<long[]> buckets = casesAndHits.computeIfAbsent(model, m -> new ArrayList<>());
        while (buckets.size() <= bucket) buckets.add(new long[2]);
        buckets.get(bucket)[0]++;
        if (hit) buckets.get(bucket)[1]++;
    }

    public List<String> models() {
        return List.copyOf(casesAndHits.keySet());
    }

    public int buckets() {
        return casesAndHits.values().stream().mapToInt(List::size).max().orElse(0);
    }

    public long cases(String model, int bucket) {
        List<long[]> b = casesAndHits.getOrDefault(model, List.of());
        return bucket < b.size() ? b.get(bucket)[0] : 0;
    }

    /** NaN for a bucket without cases. */
    public double hitRate(String model, int bucket) {
        List<long[]> b = casesAndHits.getOrDefault(model, List.of());
        return bucket < b.size() && b.get(bucket)[0] > 0 ? (double) b.get(bucket)[1] / b.get(bucket)[0] : Double.NaN;
    }

    /**
     * The model's final level (hits / cases over the last quarter of the buckets, at least one) and
     * the first bucket whose hit rate reaches 90% of it (-1 if none does).
     */
    public Recovery recovery(String model) {
        int n = buckets();
        int tail = Math.max(1, n / 4);
        long cases = 0;
        long hits = 0;
        for (int b = n - tail; b < n; b++) {
            cases += cases(model, b);
            hits += Math.round(hitRate(model, b) * cases(model, b));
        }
        double level = cases == 0 ? Double.NaN : (double) hits / cases;
        for (int b = 0; b < n; b++) {
            if (hitRate(model, b) >= 0.9 * level) return new Recovery(level, b);
        }
        return new Recovery(level, -1);
    }
}
