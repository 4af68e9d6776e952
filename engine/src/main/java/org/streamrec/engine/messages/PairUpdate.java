package org.streamrec.engine.messages;

/**
 * To the item neighbourhood keyed by {@link #itemId}: its own count when it changed ({@link #count},
 * NaN otherwise), and co-occurrence deltas with other items ({@link #sym} in any order, {@link #fwd}
 * with the other item after this one) with those items' counts. All in forward-decay epoch
 * {@link #epoch}; {@link #sourceTime} is the creation time of the oldest event behind them.
 */
public class PairUpdate {
    public String itemId;
    public int epoch;
    public double count = Double.NaN;
    public String[] others;
    public double[] sym;
    public double[] fwd;
    public double[] otherCount;
    public long sourceTime;

    public PairUpdate() {}
}
