package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.tools.eval.BootstrapIntervals.Interval;
import org.streamrec.tools.eval.UserTotals.Metric;

class BootstrapIntervalsTest {

    /** A model's scores where user u has cases[u] cases and hits[u] of them at rank 1. */
    private static TargetScores model(String name, int[] cases, int[] hits) {
        UserTotals perUser = new UserTotals();
        long[] atRank = new long[TargetScores.MAX_K + 1];
        long scored = 0;
        for (int u = 0; u < cases.length; u++) {
            for (int c = 0; c < cases[u]; c++) perUser.add(u, c < hits[u] ? 1 : 0);
            atRank[1] += hits[u];
            scored += cases[u];
        }
        return new TargetScores(name, Target.NEXT_INTERACTION, scored, scored, atRank, 0, 1, perUser);
    }

    @Test
    void usersWhoAllScoreTheSameGiveAnIntervalOfThatValue() {
        int[] cases = {2, 4, 6, 8};
        BootstrapIntervals.Result r = BootstrapIntervals.of(List.of(model("engine", cases, new int[] {1, 2, 3, 4})), "engine", 500, 3);
        Interval hit = r.of("engine", Target.NEXT_INTERACTION).intervals().get(Metric.HIT_RATE);
        assertEquals(0.5, hit.low(), 1e-12);
        assertEquals(0.5, hit.high(), 1e-12);
    }

    @Test
    void theIntervalHoldsThePointAndNarrowsWithMoreUsers() {
        int[] few = new int[20];
        int[] fewHits = new int[20];
        int[] many = new int[2000];
        int[] manyHits = new int[2000];
        for (int u = 0; u < many.length; u++) {
            many[u] = 3;
            manyHits[u] = u % 3;
            if (u < few.length) {
                few[u] = 3;
                fewHits[u] = u % 3;
            }
        }
        Interval narrow = BootstrapIntervals.of(List.of(model("engine", many, manyHits)), "engine", 500, 1)
                .of("engine", Target.NEXT_INTERACTION).intervals().get(Metric.HIT_RATE);
        Interval wide = BootstrapIntervals.of(List.of(model("engine", few, fewHits)), "engine", 500, 1)
                .of("engine", Target.NEXT_INTERACTION).intervals().get(Metric.HIT_RATE);
        double point = (double) (0 + 1 + 2) / 9;
        assertTrue(narrow.low() < point && point < narrow.high(), narrow.toString());
        assertTrue(wide.high() - wide.low() > 5 * (narrow.high() - narrow.low()), wide + " vs " + narrow);
    }

    @Test
    void pairedDifferencesAndTheVerdict() {
        int[] cases = new int[300];
        int[] engineHits = new int[300];
        int[] weakHits = new int[300];
        for (int u = 0; u < cases.length; u++) {
            cases[u] = 4;
            engineHits[u] = 1 + u % 3;
            weakHits[u] = u % 2;
        }
        BootstrapIntervals.Result r = BootstrapIntervals.of(List.of(model("engine", cases, engineHits), model("weak", cases, weakHits),
                model("twin", cases, engineHits), model("strong", cases, cases)), "engine", 1000, 42);
        BootstrapIntervals.Comparison weak = r.comparison("weak", Target.NEXT_INTERACTION).orElseThrow();
        assertEquals(0.5 - 0.125, weak.differences().get(Metric.HIT_RATE).value(), 1e-12);
        assertTrue(weak.differences().get(Metric.HIT_RATE).interval().low() > 0);
        assertEquals("engine ahead", weak.verdict());
        BootstrapIntervals.Comparison twin = r.comparison("twin", Target.NEXT_INTERACTION).orElseThrow();
        assertEquals(new Interval(0, 0), twin.differences().get(Metric.HIT_RATE).interval(), "the same users are drawn for both");
        assertEquals("no clear difference", twin.verdict());
        assertEquals("strong ahead", r.comparison("strong", Target.NEXT_INTERACTION).orElseThrow().verdict());
        assertTrue(r.comparison("engine", Target.NEXT_INTERACTION).isEmpty());
        assertEquals(r, BootstrapIntervals.of(List.of(model("engine", cases, engineHits), model("weak", cases, weakHits),
                model("twin", cases, engineHits), model("strong", cases, cases)), "engine", 1000, 42), "a fixed seed repeats");
    }
}
