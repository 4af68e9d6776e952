package org.streamrec.engine.similarity;

/** An item's weighted, decaying count, in forward-decay epoch {@link #epoch}. A Flink POJO. */
public class ItemCount {
    public double value;
    public int epoch;

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

    /** Adds {@code delta}, given in {@code deltaEpoch}. */
    public void add(double delta, int deltaEpoch) {
        moveTo(deltaEpoch);
        value += ForwardDecay.convert(delta, deltaEpoch, epoch);
    }
}
