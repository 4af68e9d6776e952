package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** Item-item co-occurrence similarity. Keys under {@code similarity.}. */
public record SimilarityConfig(
        SimilarityMeasure measure,
        int topK,
        int pairsPerEvent,
        int maxTrackedPairs,
        Duration halfLife,
        int cachedItems) implements Serializable {

    public enum SimilarityMeasure { COSINE, JACCARD, LIFT }

    void validate(Problems p) {
        if (measure == null) p.add("measure", "must be one of cosine, jaccard, lift");
        p.positive("topK", topK);
        p.positive("pairsPerEvent", pairsPerEvent);
        if (maxTrackedPairs < topK) p.add("maxTrackedPairs", "must be >= topK (" + topK + "), got " + maxTrackedPairs);
        p.positive("cachedItems", cachedItems);
        if (halfLife == null || halfLife.compareTo(Duration.ofDays(7)) < 0) {
            p.add("halfLife", "must be at least 7d (co-occurrence weights are scaled from 2020, see CooccurrenceDecay), got " + halfLife);
        }
    }
}
