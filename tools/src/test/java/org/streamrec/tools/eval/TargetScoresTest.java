package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The metric maths on cases computed by hand. */
class TargetScoresTest {
    private static final double EPS = 1e-12;

    private static TargetScores score(ScoreSheet sheet) {
        return sheet.result("m", Target.NEXT_INTERACTION, 40);
    }

    @Test
    void hitRateNdcgAndMrrOfFourCases() {
        ScoreSheet sheet = new ScoreSheet();
        sheet.add(0, List.of("a", "b", "c"), "a"); // rank 1
        sheet.add(0, List.of("a", "b", "c"), "b"); // rank 2
        sheet.add(0, List.of("a", "b", "c"), "z"); // miss
        sheet.add(0, List.of(), "a");              // no list: a miss
        TargetScores s = score(sheet);

        assertEquals(4, s.eventsScored());
        assertEquals(0.75, s.eventsWithListShare(), EPS);
        assertEquals(0.25, s.hitRate(1), EPS);
        assertEquals(0.5, s.hitRate(2), EPS);
        assertEquals(0.5, s.hitRate(10), EPS);
        assertEquals(0.25, s.ndcg(1), EPS);
        assertEquals((1 + 1 / (Math.log(3) / Math.log(2))) / 4, s.ndcg(10), EPS);
        assertEquals(0.40773243839286437, s.ndcg(10), 1e-9, "(1 + 1/log2 3) / 4");
        assertEquals(0.25, s.mrr(1), EPS);
        assertEquals(0.375, s.mrr(10), EPS);
    }

    @Test
    void cutOffsUpToTwentyAndCoverageCountsOnlyTheTopTen() {
        List<String> fifteen = IntStream.rangeClosed(1, 15).mapToObj(i -> "i" + i).toList();
        ScoreSheet sheet = new ScoreSheet();
        sheet.add(0, fifteen, "i15");
        TargetScores s = score(sheet);

        assertEquals(0.0, s.hitRate(14), EPS);
        assertEquals(1.0, s.hitRate(15), EPS);
        assertEquals(1.0 / 15, s.mrr(20), EPS);
        assertEquals(1 / (Math.log(16) / Math.log(2)), s.ndcg(20), EPS);
        assertEquals(0.0, s.hitRate(10), EPS);
        assertEquals(10.0 / 40, s.coverage(), EPS, "10 distinct recommended of 40 seen");
        assertThrows(IllegalArgumentException.class, () -> s.hitRate(21));
    }

    @Test
    void coverageCountsDistinctItemsAcrossLists() {
        ScoreSheet sheet = new ScoreSheet();
        sheet.add(0, List.of("a", "b"), "x");
        sheet.add(0, List.of("b", "c"), "x");
        assertEquals(3.0 / 40, score(sheet).coverage(), EPS);
    }

    @Test
    void nothingScoredGivesNaNNotZero() {
        TargetScores s = score(new ScoreSheet());
        assertTrue(Double.isNaN(s.hitRate(10)));
        assertTrue(Double.isNaN(s.eventsWithListShare()));
    }
}
