package org.streamrec.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeedbackWeightingTest {
    @Test
    void lowRatedNeverSeedsHighRatedWeighsMore() {
        assertEquals(0, FeedbackWeighting.seedWeight(10, 2, 2, 0.5));
        assertEquals(0, FeedbackWeighting.seedWeight(10, 1, 2, 0.5));
        assertEquals(10, FeedbackWeighting.seedWeight(10, 3, 2, 0.5), 1e-12);
        assertEquals(12.5, FeedbackWeighting.seedWeight(10, 4, 2, 0.5), 1e-12);
        assertEquals(15, FeedbackWeighting.seedWeight(10, 5, 2, 0.5), 1e-12);
        assertEquals(10, FeedbackWeighting.seedWeight(10, 0, 2, 0.5), 1e-12, "not rated");
        assertEquals(10, FeedbackWeighting.seedWeight(10, 2, 0, 0.5), 1e-12, "lowRating 0 turns it off");
    }
}
