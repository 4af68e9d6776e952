package org.streamrec.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimilarityTest {
    private static Similarity of(double alpha, double directedWeight) {
        return new Similarity(TestSimilarityConfigs.of(10, 100, alpha, directedWeight, 10));
    }

    private static double similarity(Similarity s, double sym, double fwd, double countI, double countJ) {
        return s.of(s.rankValue(sym, fwd, countJ), countI);
    }

    @Test
    void alphaHalfIsCosine() {
        Similarity cosine = of(0.5, 0);
        assertEquals(6.0 / 6.0, similarity(cosine, 6, 0, 4, 9), 1e-12);
        assertEquals(2.0 / Math.sqrt(10), similarity(cosine, 2, 0, 2, 5), 1e-12);
        assertEquals(similarity(cosine, 2, 0, 3, 7), similarity(cosine, 2, 0, 7, 3), 1e-12, "symmetric");
    }

    @Test
    void alphaOneIsTheConditionalProbabilityAndAnyOtherAlphaIsAsymmetricCosine() {
        assertEquals(6.0 / 4, similarity(of(1, 0), 6, 0, 4, 9), 1e-12);
        assertEquals(6.0 / 9, similarity(of(0, 0), 6, 0, 4, 9), 1e-12);
        assertEquals(6.0 / (Math.pow(4, 0.8) * Math.pow(9, 0.2)), similarity(of(0.8, 0), 6, 0, 4, 9), 1e-12);
    }

    @Test
    void theDirectedWeightBlendsDirectedAndSymmetricCooccurrence() {
        assertEquals((0.75 * 4 + 0.25 * 2) / 6, similarity(of(0.5, 0.25), 4, 2, 4, 9), 1e-12);
        assertEquals(2.0 / 6, similarity(of(0.5, 1), 4, 2, 4, 9), 1e-12);
    }

    @Test
    void theRankValueLeavesOutOnlyTheItemsOwnCount() {
        Similarity s = of(0.7, 0.5);
        double rank = s.rankValue(3, 1, 5);
        assertEquals(similarity(s, 3, 1, 2, 5) / similarity(s, 3, 1, 8, 5), Math.pow(8.0 / 2, 0.7), 1e-9);
        assertEquals(rank / Math.pow(2, 0.7), s.of(rank, 2), 1e-12);
    }

    @Test
    void nothingWithoutCooccurrenceOrCounts() {
        Similarity s = of(0.5, 0.5);
        assertEquals(0, similarity(s, 0, 0, 4, 9));
        assertEquals(0, similarity(s, 2, 2, 0, 9));
        assertEquals(0, similarity(s, 2, 2, 4, 0));
        assertEquals(0, similarity(s, -1, -1, 4, 9));
    }
}
