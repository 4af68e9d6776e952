package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.PairUpdate;

class MergeTouchesTest {
    private static final double SHRINK = Math.pow(2, -64);

    @Test
    void touchesOfAnItemAddUpPartnerByPartnerInTheLatestEpoch() {
        MergeTouches merge = new MergeTouches();
        MergeTouches.Touches acc = merge.add(null, new ItemTouch("a", 1, 3, new String[] {"b", "c"}, new double[] {1, 2},
                new double[] {1, 0}, 500));
        acc = merge.add(acc, new ItemTouch("a", 2, 3, new String[] {"b"}, new double[] {4}, new double[] {3}, 100));
        acc = merge.add(acc, new ItemTouch("a", 1, 4, new String[] {"d"}, new double[] {1}, new double[] {1}, 900));
        ItemTouch t = merge.finish(acc);
        assertEquals("a", t.itemId);
        assertEquals(4, t.epoch);
        assertEquals(3 * SHRINK + 1, t.countDelta, 1e-30);
        assertArrayEquals(new String[] {"b", "c", "d"}, t.others);
        assertArrayEquals(new double[] {5 * SHRINK, 2 * SHRINK, 1}, t.sym, 1e-30);
        assertArrayEquals(new double[] {4 * SHRINK, 0, 1}, t.fwd, 1e-30);
        assertEquals(100, t.sourceTime, "the oldest event behind the merged touch");
    }

    @Test
    void pairUpdatesAddTheirDeltasAndKeepTheLatestCounts() {
        MergePairUpdates merge = new MergePairUpdates();
        MergePairUpdates.Updates acc = merge.add(null, update("a", Double.NaN, "b", 1, 0.5, 10));
        acc = merge.add(acc, update("a", 7, "b", 2, 0, 12));
        acc = merge.add(acc, update("a", Double.NaN, "c", 1, 1, 4));
        PairUpdate u = merge.finish(acc);
        assertEquals(7, u.count);
        assertArrayEquals(new String[] {"b", "c"}, u.others);
        assertArrayEquals(new double[] {3, 1}, u.sym);
        assertArrayEquals(new double[] {0.5, 1}, u.fwd);
        assertArrayEquals(new double[] {12, 4}, u.otherCount);
    }

    private static PairUpdate update(String item, double count, String other, double sym, double fwd, double otherCount) {
        PairUpdate u = new PairUpdate();
        u.itemId = item;
        u.count = count;
        u.others = new String[] {other};
        u.sym = new double[] {sym};
        u.fwd = new double[] {fwd};
        u.otherCount = new double[] {otherCount};
        return u;
    }
}
