package org.streamrec.engine.similarity;

import java.time.Duration;
import org.streamrec.config.SimilarityConfig;

/** Similarity settings for tests: cosine on symmetric co-occurrence unless said otherwise. */
public final class TestSimilarityConfigs {
    private TestSimilarityConfigs() {}

    public static SimilarityConfig cosine(int topK, int maxTrackedPairs) {
        return of(topK, maxTrackedPairs, 0.5, 0, 10);
    }

    public static SimilarityConfig of(int topK, int maxTrackedPairs, double alpha, double directedWeight, int pairsPerEvent) {
        return new SimilarityConfig(topK, pairsPerEvent, maxTrackedPairs, Duration.ofDays(60), alpha, directedWeight, 1.0, 2,
                100, Duration.ofMillis(50), Duration.ofMillis(100));
    }
}
