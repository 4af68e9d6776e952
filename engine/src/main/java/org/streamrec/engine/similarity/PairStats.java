package org.streamrec.engine.similarity;

/** Co-occurrence of this item with one other item, and that item's count as last reported. */
public class PairStats {
    public double pair;
    public double otherCount;

    public PairStats() {}

    public PairStats(double pair, double otherCount) {
        this.pair = pair;
        this.otherCount = otherCount;
    }
}
