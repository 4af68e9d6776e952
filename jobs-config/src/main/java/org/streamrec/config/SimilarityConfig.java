package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** Item-item co-occurrence similarity, learned in bundles and published to the ranking. Keys under {@code similarity.}. */
public record SimilarityConfig(
        int topK,
        int pairsPerEvent,
        int maxTrackedPairs,
        Duration halfLife,
        double alpha,
        double directedWeight,
        double sequenceDecay,
        int cachedItems,
        int bundleSize,
        Duration bundleInterval,
        Duration publishInterval) implements Serializable {

    void validate(Problems p) {
        p.positive("topK", topK);
        p.positive("pairsPerEvent", pairsPerEvent);
        if (maxTrackedPairs < topK) p.add("maxTrackedPairs", "must be >= topK (" + topK + "), got " + maxTrackedPairs);
        p.positive("halfLife", halfLife);
        p.range("alpha", alpha, 0, 1);
        p.range("directedWeight", directedWeight, 0, 1);
        if (!(sequenceDecay > 0 && sequenceDecay <= 1)) p.add("sequenceDecay", "must be > 0 and <= 1, got " + sequenceDecay);
        p.positive("cachedItems", cachedItems);
        p.positive("bundleSize", bundleSize);
        p.positive("bundleInterval", bundleInterval);
        p.positive("publishInterval", publishInterval);
    }
}
