package org.streamrec.engine.similarity;

/** One entry of an item's bounded neighbour list. */
public class TopEntry {
    public String itemId;
    public double pair;
    public double otherCount;

    public TopEntry() {}

    public TopEntry(String itemId, double pair, double otherCount) {
        this.itemId = itemId;
        this.pair = pair;
        this.otherCount = otherCount;
    }
}
