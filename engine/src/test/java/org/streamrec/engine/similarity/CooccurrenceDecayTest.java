package org.streamrec.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.streamrec.config.SimilarityConfig.SimilarityMeasure;

class CooccurrenceDecayTest {
    private static final long DAY = 86_400_000L;
    private final CooccurrenceDecay decay = new CooccurrenceDecay(Duration.ofDays(10));

    @Test
    void anIncrementOneHalfLifeLaterWeighsTwice() {
        long t = CooccurrenceDecay.REFERENCE_MILLIS + 123 * DAY;
        assertEquals(2.0, decay.weightAt(t + 10 * DAY) / decay.weightAt(t), 1e-12);
        assertEquals(1.0, decay.weightAt(CooccurrenceDecay.REFERENCE_MILLIS), 0);
    }

    @Test
    void similaritiesFromScaledIncrementsEqualThoseOfExplicitlyDecayedCounts() {
        // Item i seen at t1 (weight 3) and t2 (weight 1); j at t1 (2) and t3 (4); the pair at t1 (2) and t3 (1).
        long t1 = CooccurrenceDecay.REFERENCE_MILLIS - 400 * DAY, t2 = t1 + 5 * DAY, t3 = t1 + 17 * DAY, now = t1 + 30 * DAY;
        double ci = 3 * decay.weightAt(t1) + decay.weightAt(t2);
        double cj = 2 * decay.weightAt(t1) + 4 * decay.weightAt(t3);
        double p = 2 * decay.weightAt(t1) + decay.weightAt(t3);
        double ciDecayed = 3 * half(now - t1) + half(now - t2);
        double cjDecayed = 2 * half(now - t1) + 4 * half(now - t3);
        double pDecayed = 2 * half(now - t1) + half(now - t3);
        for (SimilarityMeasure m : new SimilarityMeasure[] {SimilarityMeasure.COSINE, SimilarityMeasure.JACCARD}) {
            assertEquals(Similarity.of(m, pDecayed, ciDecayed, cjDecayed), Similarity.of(m, p, ci, cj), 1e-12, m.name());
        }
        // Lift differs by one factor shared by every pair at the same time: rankings are unchanged.
        double factor = decay.weightAt(now);
        assertEquals(Similarity.of(SimilarityMeasure.LIFT, pDecayed, ciDecayed, cjDecayed),
                Similarity.of(SimilarityMeasure.LIFT, p, ci, cj) * factor, 1e-9);
    }

    private static double half(long age) {
        return Math.pow(0.5, age / (10.0 * DAY));
    }
}
