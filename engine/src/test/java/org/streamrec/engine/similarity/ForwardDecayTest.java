package org.streamrec.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardDecayTest {
    private static final long HOUR = 3_600_000;

    /** A sum kept in forward decay, read back as plain decayed values at time {@code now}. */
    private static double decayedSum(ForwardDecay decay, List<double[]> weightsAtTimes, long now) {
        ItemCount count = new ItemCount();
        for (double[] wt : weightsAtTimes) {
            long t = (long) wt[1];
            int epoch = decay.epochOf(t);
            count.add(wt[0] * decay.factor(t, epoch), epoch);
        }
        count.moveTo(decay.epochOf(now));
        return decay.valueAt(count.value, count.epoch, now);
    }

    @Test
    void aStoredSumReadsBackAsTheDecayedSumAcrossEpochs() {
        ForwardDecay decay = new ForwardDecay(Duration.ofHours(1));
        long start = 5 * 64 * HOUR - 3 * HOUR; // three hours before an epoch ends
        List<double[]> adds = List.of(new double[] {4, start}, new double[] {2, start + 2 * HOUR}, new double[] {1, start + 6 * HOUR});
        long now = start + 7 * HOUR;
        double expected = 4 * Math.pow(0.5, 7) + 2 * Math.pow(0.5, 5) + 1 * Math.pow(0.5, 1);
        assertEquals(expected, decayedSum(decay, adds, now), 1e-12);
        assertTrue(decay.epochOf(start) < decay.epochOf(now), "the adds span two epochs");
    }

    /**
     * A short half-life and event times decades away from today (ratings from 1997, a shop still
     * running in 2060): similarities of recent co-occurrence are exactly those of the same stream
     * today, neither overflowed nor underflowed to nothing.
     */
    @Test
    void similarityStaysIntactDecadesFromTodayWithAShortHalfLife() throws Exception {
        for (String when : List.of("1997-09-01T00:00:00Z", "2026-01-01T00:00:00Z", "2060-06-30T12:00:00Z")) {
            long base = Instant.parse(when).toEpochMilli();
            ForwardDecay decay = new ForwardDecay(Duration.ofHours(1));
            ItemNeighbourhood neighbourhood = new ItemNeighbourhood(TestSimilarityConfigs.cosine(5, 50));
            ItemSummary summary = new ItemSummary();
            MapPairTable pairs = new MapPairTable();
            // Old co-occurrence with "old", then, 30 hours later, fresh co-occurrence with "new".
            add(neighbourhood, summary, pairs, decay, base, "old", 5, 5);
            add(neighbourhood, summary, pairs, decay, base + 30 * HOUR, "new", 1, 1);
            List<Neighbour> top = neighbourhood.neighbours(summary, 5);
            assertEquals("new", top.get(0).itemId, when);
            assertEquals(1 / Math.sqrt((1 + 5 * Math.pow(0.5, 30)) * 1), top.get(0).similarity, 1e-9, when);
            assertEquals(5 * Math.pow(0.5, 30) / Math.sqrt((1 + 5 * Math.pow(0.5, 30)) * 5 * Math.pow(0.5, 30)),
                    top.get(1).similarity, 1e-9, when);
        }
    }

    /** The item's count rises by {@code weight} at {@code time}, together with {@code other}, whose count is then {@code otherCount}. */
    private static void add(ItemNeighbourhood n, ItemSummary summary, PairTable pairs, ForwardDecay decay, long time,
                            String other, double weight, double otherCount) throws Exception {
        int epoch = decay.epochOf(time);
        double f = decay.factor(time, epoch);
        double count = ForwardDecay.convert(summary.count, summary.epoch, Math.max(summary.epoch, epoch));
        n.setCount(summary, (summary.count == 0 ? 0 : count) + weight * f, epoch);
        n.addPair(summary, pairs, other, weight * f, 0, otherCount * f, epoch);
    }

    @Test
    void epochsAreSixtyFourHalfLivesAndConversionScalesByTwoToTheMinusSixtyFour() {
        ForwardDecay decay = new ForwardDecay(Duration.ofHours(1));
        assertEquals(0, decay.epochOf(64 * HOUR - 1));
        assertEquals(1, decay.epochOf(64 * HOUR));
        assertEquals(-1, decay.epochOf(-1));
        assertEquals(Math.pow(2, -64), ForwardDecay.convert(1, 3, 4));
        assertEquals(2.0, decay.factor(65 * HOUR, 1), 1e-12);
    }
}
