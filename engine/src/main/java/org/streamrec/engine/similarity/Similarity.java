package org.streamrec.engine.similarity;

import org.streamrec.config.SimilarityConfig.SimilarityMeasure;

/** Similarity of items i and j from their weighted co-occurrence count and their own counts. */
public final class Similarity {
    private Similarity() {}

    /**
     * Lift is computed without the constant total N (pair * N / (ci * cj)): a constant factor
     * changes no ranking, and N is a global sum no keyed operator holds.
     */
    public static double of(SimilarityMeasure measure, double pair, double countI, double countJ) {
        if (pair <= 0 || countI <= 0 || countJ <= 0) return 0;
        return switch (measure) {
            case COSINE -> pair / Math.sqrt(countI * countJ);
            case JACCARD -> pair / (countI + countJ - pair);
            case LIFT -> pair / (countI * countJ);
        };
    }
}
