package org.streamrec.engine.messages;

/**
 * To the item counter keyed by {@link #itemId}: add {@link #countDelta} to the item's count, and tell
 * each partner ({@link #others}) its co-occurrence deltas together with this item's count, so the
 * partner can compute similarity. Deltas are seen from the partner: {@link #fwd} is the directed
 * co-occurrence "this item came after the partner". All values are in forward-decay epoch
 * {@link #epoch}; {@link #sourceTime} is the creation time of the oldest event behind them.
 * Arrays, not objects, because bundles of these cross the network on every event.
 */
public class ItemTouch {
    public String itemId;
    public double countDelta;
    public int epoch;
    public String[] others;
    public double[] sym;
    public double[] fwd;
    public long sourceTime;

    public ItemTouch() {}

    public ItemTouch(String itemId, double countDelta, int epoch, String[] others, double[] sym, double[] fwd, long sourceTime) {
        this.itemId = itemId;
        this.countDelta = countDelta;
        this.epoch = epoch;
        this.others = others;
        this.sym = sym;
        this.fwd = fwd;
        this.sourceTime = sourceTime;
    }
}
