package org.streamrec.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.streamrec.config.SimilarityConfig.SimilarityMeasure.COSINE;
import static org.streamrec.config.SimilarityConfig.SimilarityMeasure.JACCARD;
import static org.streamrec.config.SimilarityConfig.SimilarityMeasure.LIFT;

import org.junit.jupiter.api.Test;
import org.streamrec.config.SimilarityConfig.SimilarityMeasure;

class SimilarityTest {

    @Test
    void cosineIsPairOverTheGeometricMeanOfCounts() {
        assertEquals(6.0 / 6.0, Similarity.of(COSINE, 6, 4, 9), 1e-12);
        assertEquals(3.0 / 6.0, Similarity.of(COSINE, 3, 4, 9), 1e-12);
        assertEquals(2.0 / Math.sqrt(10), Similarity.of(COSINE, 2, 2, 5), 1e-12);
    }

    @Test
    void jaccardIsPairOverTheUnion() {
        assertEquals(6.0 / (4 + 9 - 6), Similarity.of(JACCARD, 6, 4, 9), 1e-12);
        assertEquals(1.0, Similarity.of(JACCARD, 5, 5, 5), 1e-12);
    }

    @Test
    void liftIsPairOverTheProductOfCounts() {
        assertEquals(6.0 / 36, Similarity.of(LIFT, 6, 4, 9), 1e-12);
    }

    @Test
    void symmetricInTheTwoCounts() {
        for (SimilarityMeasure m : SimilarityMeasure.values()) {
            assertEquals(Similarity.of(m, 2, 3, 7), Similarity.of(m, 2, 7, 3), 1e-12, m.name());
        }
    }

    @Test
    void nothingWithoutCooccurrenceOrCounts() {
        for (SimilarityMeasure m : SimilarityMeasure.values()) {
            assertEquals(0, Similarity.of(m, 0, 4, 9), m.name());
            assertEquals(0, Similarity.of(m, 2, 0, 9), m.name());
            assertEquals(0, Similarity.of(m, 2, 4, 0), m.name());
            assertEquals(0, Similarity.of(m, -1, 4, 9), m.name());
        }
    }
}
