package org.streamrec.engine.model;

/** One entry of a recommendation list. */
public class RankedItem {
    public String itemId;
    public double score;
    /** Human-readable reason, e.g. "viewed together with 1234". */
    public String reason;

    public RankedItem() {}

    public RankedItem(String itemId, double score, String reason) {
        this.itemId = itemId;
        this.score = score;
        this.reason = reason;
    }

    @Override
    public String toString() {
        return itemId + "(" + String.format("%.3f", score) + ")";
    }
}
