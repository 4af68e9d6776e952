package org.streamrec.engine.journeys;

/** One shopper watching one item for a price drop or a restock. */
public class Watcher {
    /** Event time of the latest interest of any kind (views, favourites, carts). */
    public long interestTime;
    /** Event time of the latest favourite or add to cart; 0 when none (views alone do not ask for restocks). */
    public long keenTime;
    /** The price the shopper last saw: at their latest interest, or in their last price-drop offer; null if unknown. */
    public Double priceSeen;
    /** The shopper's time zone as last known, or null. */
    public String timeZone;

    public Watcher() {}
}
