package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.cursors.IntDoubleCursor;
import java.util.HashMap;
import java.util.Map;

/**
 * Item-item co-occurrence over every user's rating of every item (the largest weight of their
 * interactions with it), kept exactly and updated incrementally: when a user's rating of i rises
 * from a to b, dot(i, j) grows by (b - a) x r(j) for each other item j of the user, and i's own
 * sum of squares by b^2 - a^2. So it equals the batch computation over the same ratings.
 * Similarities are read from it: cosine dot(i,j) / sqrt(dot(i,i) dot(j,j)), or, with ratings of 1
 * (binary, as SAR counts co-occurrence), Jaccard dot(i,j) / (dot(i,i) + dot(j,j) - dot(i,j)).
 */
final class ItemCooccurrence {
    enum Measure { COSINE, JACCARD }

    /** An item's best neighbours, best first. */
    record Neighbours(int[] ids, double[] similarities) {
        static final Neighbours NONE = new Neighbours(new int[0], new double[0]);

        /** Adds weight x similarity to each neighbour's score. */
        void vote(IntDoubleHashMap scores, double weight) {
            for (int i = 0; i < ids.length; i++) scores.addTo(ids[i], weight * similarities[i]);
        }
    }

    private final Measure measure;
    private final Map<String, IntDoubleHashMap> ratings = new HashMap<>();
    private final IntObjectHashMap<IntDoubleHashMap> dot = new IntObjectHashMap<>();
    private final IntDoubleHashMap self = new IntDoubleHashMap();

    ItemCooccurrence(Measure measure) {
        this.measure = measure;
    }

    /** The user's rating of the item becomes the larger of the old and {@code rating}. */
    void rate(String userId, int item, double rating) {
        IntDoubleHashMap user = ratings.computeIfAbsent(userId, u -> new IntDoubleHashMap());
        double old = user.getOrDefault(item, 0);
        if (rating <= old) return;
        double delta = rating - old;
        for (IntDoubleCursor other : user) {
            if (other.key == item) continue;
            row(item).addTo(other.key, delta * other.value);
            row(other.key).addTo(item, delta * other.value);
        }
        self.addTo(item, rating * rating - old * old);
        user.put(item, rating);
    }

    /** The item's {@code n} most similar other items (and itself first, with its similarity, if {@code withSelf}). */
    Neighbours neighbours(int item, int n, boolean withSelf) {
        IntDoubleHashMap row = dot.get(item);
        double own = self.getOrDefault(item, 0);
        if (own <= 0) return Neighbours.NONE;
        int offset = withSelf ? 1 : 0;
        int[] ids = new int[n + offset];
        double[] sims = new double[n + offset];
        int size = offset;
        if (withSelf) {
            ids[0] = item;
            sims[0] = 1;
        }
        if (row != null) {
            for (IntDoubleCursor c : row) {
                if (c.value <= 0) continue;
                double other = self.get(c.key);
                double sim = measure == Measure.COSINE ? c.value / Math.sqrt(own * other) : c.value / (own + other - c.value);
                // Insert into the best-first list (ties to the smaller id), which holds at most n after the offset.
                if (size == n + offset && !better(sim, c.key, sims[size - 1], ids[size - 1])) continue;
                int at = size == n + offset ? size - 1 : size++;
                while (at > offset && better(sim, c.key, sims[at - 1], ids[at - 1])) {
                    ids[at] = ids[at - 1];
                    sims[at] = sims[at - 1];
                    at--;
                }
                ids[at] = c.key;
                sims[at] = sim;
            }
        }
        return new Neighbours(java.util.Arrays.copyOf(ids, size), java.util.Arrays.copyOf(sims, size));
    }

    private static boolean better(double sim, int id, double thanSim, int thanId) {
        return sim > thanSim || (sim == thanSim && id < thanId);
    }

    private IntDoubleHashMap row(int item) {
        IntDoubleHashMap row = dot.get(item);
        if (row == null) dot.put(item, row = new IntDoubleHashMap());
        return row;
    }
}
