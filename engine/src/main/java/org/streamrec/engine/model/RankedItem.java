package org.streamrec.engine.model;

/** One entry of a recommendation list. */
public class RankedItem {
    /** {@link #source} of items similar to what the user did lately. */
    public static final String SIMILAR = "similar";
    /** {@link #source} of items the user had before. */
    public static final String REPEAT = "repeat";
    /** {@link #source} of items trending in the categories of the user's recent items, or overall. */
    public static final String TRENDING = "trending";

    public String itemId;
    public double score;
    /** Human-readable reason, e.g. "often chosen with 1234, which you viewed". */
    public String reason;
    /** Where the item came from: {@link #SIMILAR}, {@link #REPEAT} or {@link #TRENDING}. */
    public String source;

    public RankedItem() {}

    public RankedItem(String itemId, double score, String reason, String source) {
        this.itemId = itemId;
        this.score = score;
        this.reason = reason;
        this.source = source;
    }

    @Override
    public String toString() {
        return itemId + "(" + String.format("%.3f", score) + ")";
    }
}
