package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderCurvesTest {
    private static ReminderCurves.Point point(double threshold, double precision, double recall) {
        return new ReminderCurves.Point(threshold, new ReminderScores(10, 10, 0, precision, 10, 0, recall, Double.NaN));
    }

    @Test
    void precisionAtRecallIsTheBestPrecisionAmongPointsReachingThatRecall() {
        ReminderCurves.Curve c = new ReminderCurves.Curve("m", List.of(
                point(0.0, 0.10, 0.50), point(0.3, 0.25, 0.30), point(0.6, 0.20, 0.25), point(0.9, 0.60, 0.05)));
        assertEquals(0.25, c.precisionAtRecall(0.25), 1e-12);
        assertEquals(0.10, c.precisionAtRecall(0.40), 1e-12);
        assertEquals(0.60, c.precisionAtRecall(0.0), 1e-12);
        assertTrue(Double.isNaN(c.precisionAtRecall(0.6)), "no point reaches it");
        ReminderCurves.Curve undefined = new ReminderCurves.Curve("n", List.of(point(0.0, Double.NaN, 0.5), point(0.5, 0.2, 0.5)));
        assertEquals(0.2, undefined.precisionAtRecall(0.5), 1e-12, "a point without judged reminders does not count");
    }
}
