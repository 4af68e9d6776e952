package org.streamrec.engine.messages;

import org.streamrec.engine.messages.InterestKind;

/**
 * A shopper's interest in an item (or its end), sent to the item's watchers for price drops and
 * restocks: from the journeys for favourites, carts and purchases, from the user profile for
 * repeated views ({@code journeys.RepeatedViews}).
 */
public class ItemInterest {
    public String userId;
    public String itemId;
    public InterestKind kind;
    /** Event time of the action behind it, epoch ms. */
    public long time;
    /** The shopper's time zone as last known, or null; the contact step uses it for quiet hours. */
    public String timeZone;
    /** The shopper is known only by an anonymous id: nobody to send an offer to. */
    public boolean anonymous;

    public ItemInterest() {}

    public ItemInterest(String userId, String itemId, InterestKind kind, long time, String timeZone) {
        this.userId = userId;
        this.itemId = itemId;
        this.kind = kind;
        this.time = time;
        this.timeZone = timeZone;
    }

    @Override
    public String toString() {
        return kind + "{" + userId + " " + itemId + " t=" + time + "}";
    }
}
