package org.streamrec.engine.model;

import java.util.List;

/**
 * A triggered offer to one shopper, keyed by user on the messages topic: an abandoned cart, a price
 * drop, an item back in stock, an apology after a service incident. Sent only when the contact
 * policy allows (shared with the reminders), never after the shopper acted first. A public API:
 * add fields freely, bump {@link #SCHEMA_VERSION} on any incompatible change.
 */
public class Message {
    public static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    /** Deterministic (user, kind, items, trigger time), so a consumer can also drop repeats. */
    public String messageId;
    public String userId;
    public MessageKind kind;
    /** Why the shopper gets it, in words a message template can use. */
    public String reason;
    /** The items it is about, most relevant first. */
    public List<String> items;
    /** The item to lead with, chosen among the items by expected value (as for recommendations). */
    public Offer offer;
    /** Price drops: the price the shopper saw, and the new one. */
    public Double previousPrice;
    public Double price;
    /** Service incidents: what happened (e.g. order_delayed) and to which order. */
    public String incident;
    public String orderId;
    /** The event behind the trigger (the last add to cart, the catalogue update, the incident). */
    public String triggerEventId;
    /** Event time at which the trigger fired, epoch ms. */
    public long triggerTime;
    /** Event time at which the contact policy let it go out (at or after triggerTime), epoch ms. */
    public long sendTime;

    public Message() {}

    @Override
    public String toString() {
        return kind + "{" + userId + " " + items + " t=" + triggerTime + "}";
    }
}
