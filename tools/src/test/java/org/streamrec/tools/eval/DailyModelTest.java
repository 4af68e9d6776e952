package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DailyModelTest {
    private static final long HOUR = 3_600_000L;

    @Test
    void aDaysRatingsCountFromTheFirstEventOfTheNextDay() {
        DailyModel model = new DailyModel(ItemCooccurrence.Measure.COSINE, 10, false);
        model.rate("u", 1, 1, 1 * HOUR);
        model.rate("u", 2, 1, 2 * HOUR);
        assertEquals(0, model.neighbours(1).ids().length, "nothing trained on day 0");
        model.rate("v", 1, 1, 23 * HOUR);
        assertEquals(0, model.neighbours(1).ids().length, "still day 0");
        model.rate("v", 3, 1, 25 * HOUR);
        assertArrayEquals(new int[] {2}, model.neighbours(1).ids(), "day 0 only: v's item 3 is day 1's");
        assertEquals(1, model.retrainings());
        model.rate("w", 9, 1, 49 * HOUR);
        assertArrayEquals(new int[] {2, 3}, model.neighbours(1).ids(), "the cache was dropped at the retraining");
    }
}
