package org.streamrec.engine.model;

/**
 * A click, add-to-cart or purchase credited to the list or reminder that showed the item, keyed by
 * user on the attributions topic (for BI). Public API: bump {@link #SCHEMA_VERSION} on any
 * incompatible change.
 */
public class Attribution {
    public static final int SCHEMA_VERSION = 1;
    public static final String LIST = "list";
    public static final String REMINDER = "reminder";

    public int schemaVersion = SCHEMA_VERSION;
    /** {@code listId:itemId:action}: the same credit always has the same id, so a consumer can dedupe. */
    public String attributionId;
    public String userId;
    public String itemId;
    /** click (a view of the item), cart (add_to_cart) or purchase. */
    public String action;
    /** list or reminder. */
    public String kind;
    /** The recommendation's recId or the reminder's reminderId. */
    public String listId;
    /** The list's variant ({@code holdout} for held-out shoppers); for a reminder, the shopper's arm. */
    public String variant;
    /** 1-based position of the item in the list; 0 for a reminder. */
    public int position;
    /** Event time at which the item was shown, epoch ms. */
    public long exposedAt;
    /** The action: its event id and event time, epoch ms. */
    public String eventId;
    public long eventTime;
    /** Units bought, and their price (quantity x unit price); 0 for clicks and carts. */
    public int quantity;
    public double revenue;

    public Attribution() {}

    @Override
    public String toString() {
        return attributionId + "{" + variant + " " + revenue + "}";
    }
}
