package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemCooccurrenceTest {

    /** Incremental updates, in any order and with ratings that rise, give the batch similarities of the final ratings. */
    @Test
    void incrementalEqualsBatchForBothMeasures() {
        Random random = new Random(7);
        for (ItemCooccurrence.Measure measure : ItemCooccurrence.Measure.values()) {
            ItemCooccurrence incremental = new ItemCooccurrence(measure);
            Map<String, Map<Integer, Double>> ratings = new HashMap<>();
            for (int k = 0; k < 400; k++) {
                String user = "u" + random.nextInt(15);
                int item = random.nextInt(12);
                double rating = measure == ItemCooccurrence.Measure.JACCARD ? 1 : 1 + random.nextInt(5);
                incremental.rate(user, item, rating);
                ratings.computeIfAbsent(user, u -> new HashMap<>()).merge(item, rating, Math::max);
            }
            for (int i = 0; i < 12; i++) {
                ItemCooccurrence.Neighbours n = incremental.neighbours(i, 11, false);
                for (int k = 0; k < n.ids().length; k++) {
                    assertEquals(batch(ratings, i, n.ids()[k], measure), n.similarities()[k], 1e-9, measure + " " + i + "~" + n.ids()[k]);
                    if (k > 0) assertEquals(true, n.similarities()[k - 1] >= n.similarities()[k], "best first");
                }
            }
        }
    }

    private static double batch(Map<String, Map<Integer, Double>> ratings, int i, int j, ItemCooccurrence.Measure measure) {
        double both = 0;
        double ii = 0;
        double jj = 0;
        for (Map<Integer, Double> user : ratings.values()) {
            double a = user.getOrDefault(i, 0.0);
            double b = user.getOrDefault(j, 0.0);
            both += a * b;
            ii += a * a;
            jj += b * b;
        }
        return measure == ItemCooccurrence.Measure.COSINE ? both / Math.sqrt(ii * jj) : both / (ii + jj - both);
    }

    @Test
    void neighboursKeepTheBestNAndCanStartWithTheItemItself() {
        ItemCooccurrence c = new ItemCooccurrence(ItemCooccurrence.Measure.JACCARD);
        for (String user : new String[] {"a", "b", "c"}) {
            c.rate(user, 1, 1);
            c.rate(user, 2, 1);
        }
        c.rate("a", 3, 1);
        c.rate("d", 3, 1);
        c.rate("d", 4, 1);
        // item 1: with 2 Jaccard 3/3, with 3 1/(3+2-1) = 0.25
        assertArrayEquals(new int[] {1, 2}, c.neighbours(1, 1, true).ids());
        assertArrayEquals(new double[] {1, 1}, c.neighbours(1, 1, true).similarities(), 1e-12);
        assertArrayEquals(new int[] {2, 3}, c.neighbours(1, 5, false).ids());
        assertArrayEquals(new double[] {1, 0.25}, c.neighbours(1, 5, false).similarities(), 1e-12);
        assertEquals(0, c.neighbours(9, 5, true).ids().length, "an unknown item has none, not even itself");
    }
}
