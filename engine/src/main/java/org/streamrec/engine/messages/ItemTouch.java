package org.streamrec.engine.messages;

/**
 * To the item counter keyed by {@link #itemId}: add {@link #countDelta} to the item's count (and
 * {@link #trendDelta} to its short-term, trending count, in its own epoch {@link #trendEpoch}), and tell
 * each partner ({@link #others}) its co-occurrence deltas together with this item's count, so the
 * partner can compute similarity. Deltas are seen from the partner: {@link #fwd} is the directed
 * co-occurrence "this item came after the partner". All values are in forward-decay epoch
 * {@link #epoch}; {@link #sourceTime} is when the user side learnt the oldest event behind them (wall clock).
 * Arrays, not objects, because bundles of these cross the network on every event.
 */
public class ItemTouch {
    public String itemId;
    public double countDelta;
    public int epoch;
    public double trendDelta;
    public int trendEpoch;
    public String[] others;
    public double[] sym;
    public double[] fwd;
    public long sourceTime;

    public ItemTouch() {}

    public ItemTouch(String itemId, double countDelta, int epoch, double trendDelta, int trendEpoch, String[] others,
                     double[] sym, double[] fwd, long sourceTime) {
        this.itemId = itemId;
        this.countDelta = countDelta;
        this.epoch = epoch;
        this.trendDelta = trendDelta;
        this.trendEpoch = trendEpoch;
        this.others = others;
        this.sym = sym;
        this.fwd = fwd;
        this.sourceTime = sourceTime;
    }
}
