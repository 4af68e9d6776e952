package org.streamrec.config;

import java.io.Serializable;

/** Item-item co-occurrence similarity. Keys under {@code similarity.}. */
public record SimilarityConfig(
        SimilarityMeasure measure,
        int topK,
        int pairsPerEvent,
        int maxTrackedPairs) implements Serializable {

    public enum SimilarityMeasure { COSINE, JACCARD, LIFT }

    void validate(Problems p) {
        if (measure == null) p.add("measure", "must be one of cosine, jaccard, lift");
        p.positive("topK", topK);
        p.positive("pairsPerEvent", pairsPerEvent);
        if (maxTrackedPairs < topK) p.add("maxTrackedPairs", "must be >= topK (" + topK + "), got " + maxTrackedPairs);
    }
}
