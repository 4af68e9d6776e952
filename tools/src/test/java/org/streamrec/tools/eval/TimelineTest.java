package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final long HOUR = 3_600_000L;

    @Test
    void hitRatesPerBucketAndWhenEachModelReachedNinetyPercentOfItsFinalLevel() {
        Timeline t = new Timeline(10 * HOUR, HOUR);
        double[] fast = {0.1, 0.5, 0.5, 0.5};
        double[] slow = {0.0, 0.1, 0.3, 0.5};
        for (int b = 0; b < 4; b++) {
            for (int c = 0; c < 10; c++) {
                long time = 10 * HOUR + b * HOUR + c;
                t.add("fast", time, c < fast[b] * 10);
                t.add("slow", time, c < slow[b] * 10);
            }
        }
        t.add("fast", 9 * HOUR, true); // before the start: not counted
        assertEquals(4, t.buckets());
        assertEquals(0.1, t.hitRate("fast", 0), 1e-12);
        assertEquals(10, t.cases("fast", 0));
        assertEquals(new Timeline.Recovery(0.5, 1), t.recovery("fast"));
        assertEquals(new Timeline.Recovery(0.5, 3), t.recovery("slow"));
        assertTrue(Double.isNaN(t.hitRate("fast", 7)));
    }
}
