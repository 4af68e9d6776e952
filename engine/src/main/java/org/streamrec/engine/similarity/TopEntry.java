package org.streamrec.engine.similarity;

/** One entry of an item's bounded neighbour list, in its {@link ItemSummary}'s epoch. */
public class TopEntry {
    public String itemId;
    public double sym;
    public double fwd;
    public double otherCount;
    /** {@link Similarity#rankValue} of the three above, kept so the list is ordered without recomputing it. */
    public double rank;

    public TopEntry() {}

    public TopEntry(String itemId, double sym, double fwd, double otherCount, double rank) {
        this.itemId = itemId;
        this.sym = sym;
        this.fwd = fwd;
        this.otherCount = otherCount;
        this.rank = rank;
    }
}
