package org.streamrec.engine.journeys;

import java.util.HashMap;
import java.util.Map;

/** Per-shopper state of the journeys' user side: the cart, and the items the shopper showed interest in. */
public class ShopperJourney {
    /** Items in the cart: item id to when it was last added. */
    public Map<String, Long> cart = new HashMap<>();
    /** When the cart counts as abandoned unless something is bought first; 0 when no offer is due. */
    public long cartDue;
    /** The last add_to_cart, which an abandoned-cart offer names as its trigger. */
    public String cartEventId;
    /** Items the shopper acted on, each with a decayed affinity; every item watched for them is here. */
    public Map<String, ItemAffinity> items = new HashMap<>();
    /** The latest valid time zone the shopper's events carried, or null. */
    public String timeZone;
    /** Event time of the shopper's latest event here. */
    public long lastSeen;
    /**
     * Known only by an anonymous id: nobody to send an offer to. The journey is kept (its events reach
     * the customer's journey at login, through identity resolution) but fires nothing.
     */
    public boolean anonymous;

    public ShopperJourney() {}
}
