package org.streamrec.engine.profile;

/**
 * One shopper's recent views of one item, as the repeated-views rule (journeys.RepeatedViews) needs
 * them: a few longs per item, kept in the item's history.
 */
public class ViewTrail {
    /** The latest view times, oldest first, at most priceDrop.minViews of them. */
    public long[] views = new long[0];
    /** When the last interest was sent; 0 when never. */
    public long interestSent;

    public ViewTrail() {}
}
