package org.streamrec.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakTrendTest {
    private static final List<Double> MINUTES = new ArrayList<>();

    static {
        for (int i = 0; i < 30; i++) MINUTES.add(60.0 * i);
    }

    @Test
    void aSeriesThatLevelsOffAfterWarmUpIsFlat() {
        // Climbs from 100 to 190 in the first third, then stays at 200 +- 3.
        List<Double> heap = new ArrayList<>();
        for (int i = 0; i < 30; i++) heap.add(i < 10 ? 100.0 + 10 * i : 200.0 + (i % 2 == 0 ? 3 : -3));

        SoakTrend trend = SoakTrend.relative(MINUTES, heap, 0.10);

        assertTrue(trend.flat(), trend.toString());
        assertEquals(200, trend.mean(), 0.5);
        assertTrue(Math.abs(trend.growth()) < 5, trend.toString());
    }

    @Test
    void aSteadyLeakIsNotFlat() {
        // 1% a minute: +19% over the last two thirds (20 minutes), more than the 10% allowed.
        List<Double> heap = new ArrayList<>();
        for (int i = 0; i < 30; i++) heap.add(200.0 * (1 + 0.01 * i));

        SoakTrend trend = SoakTrend.relative(MINUTES, heap, 0.10);

        assertFalse(trend.flat(), trend.toString());
        assertEquals(2 * 60, trend.slopePerHour(), 1e-9, "2 units a minute");
        assertEquals(38, trend.growth(), 1e-9, "19 minutes between the first and last sample of the window");
    }

    @Test
    void tooFewSamplesSayNothing() {
        assertFalse(SoakTrend.of(List.of(0.0, 10.0), List.of(1.0, 1.0), 5).flat());
    }
}
