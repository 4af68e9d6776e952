package org.streamrec.engine.similarity;

/**
 * An item's weighted, decaying count, in forward-decay epoch {@link #epoch}, and its trending count
 * (the same engagement with the trending half-life) in {@link #trendEpoch}. A Flink POJO.
 */
public class ItemCount {
    public double value;
    public int epoch;
    public double trend;
    public int trendEpoch;

    public ItemCount() {}

    /** Brings the count to epoch {@code to} if that is later (a zero count simply takes it). */
    public void moveTo(int to) {
        if (value == 0) {
            epoch = to;
        } else if (to > epoch) {
            value = ForwardDecay.convert(value, epoch, to);
            epoch = to;
        }
    }

    /** Adds {@code delta}, given in {@code deltaEpoch}, and {@code trendDelta}, given in {@code deltaTrendEpoch}. */
    public void add(double delta, int deltaEpoch, double trendDelta, int deltaTrendEpoch) {
        moveTo(deltaEpoch);
        value += ForwardDecay.convert(delta, deltaEpoch, epoch);
        if (trend == 0 || deltaTrendEpoch > trendEpoch) {
            trend = ForwardDecay.convert(trend, trendEpoch, deltaTrendEpoch);
            trendEpoch = deltaTrendEpoch;
        }
        trend += ForwardDecay.convert(trendDelta, deltaTrendEpoch, trendEpoch);
    }
}
