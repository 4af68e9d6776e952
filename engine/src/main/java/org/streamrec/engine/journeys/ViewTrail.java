package org.streamrec.engine.journeys;

/** One shopper's recent views of one item, as {@link RepeatedViews} needs them: a few longs per item. */
public class ViewTrail {
    /** The latest view times, oldest first, at most priceDrop.minViews of them. */
    public long[] views = new long[0];
    /** When the last interest was sent; 0 when never. */
    public long interestSent;

    public ViewTrail() {}
}
