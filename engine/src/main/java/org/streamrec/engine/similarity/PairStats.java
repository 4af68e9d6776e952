package org.streamrec.engine.similarity;

/**
 * Co-occurrence of this item with one other item, in forward-decay epoch {@link #epoch}: symmetric
 * (together in a user's recent items, in any order), directed (the other item came after this one),
 * and the other item's count as last reported.
 */
public class PairStats {
    public double sym;
    public double fwd;
    public double otherCount;
    public int epoch;

    public PairStats() {}

    public PairStats(double sym, double fwd, double otherCount, int epoch) {
        this.sym = sym;
        this.fwd = fwd;
        this.otherCount = otherCount;
        this.epoch = epoch;
    }

    /** Brings every value to epoch {@code to}. */
    void moveTo(int to) {
        if (to == epoch) return;
        sym = ForwardDecay.convert(sym, epoch, to);
        fwd = ForwardDecay.convert(fwd, epoch, to);
        otherCount = ForwardDecay.convert(otherCount, epoch, to);
        epoch = to;
    }
}
