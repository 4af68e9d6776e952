package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.cursors.IntDoubleCursor;
import java.util.function.IntPredicate;

/** The k best-scored ids of a score map, best first; ties go to the smaller id (the item seen first). */
final class TopScores {
    private TopScores() {}

    static int[] of(IntDoubleHashMap scores, int k, IntPredicate skip) {
        int[] ids = new int[k];
        double[] best = new double[k];
        int size = 0;
        for (IntDoubleCursor c : scores) {
            if (!(c.value > 0) || skip.test(c.key)) continue;
            if (size == k && !better(c.value, c.key, best[k - 1], ids[k - 1])) continue;
            int at = size == k ? k - 1 : size++;
            while (at > 0 && better(c.value, c.key, best[at - 1], ids[at - 1])) {
                ids[at] = ids[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            ids[at] = c.key;
            best[at] = c.value;
        }
        return java.util.Arrays.copyOf(ids, size);
    }

    private static boolean better(double score, int id, double thanScore, int thanId) {
        return score > thanScore || (score == thanScore && id < thanId);
    }
}
