package org.streamrec.engine.model;

import java.util.List;

/**
 * One validated input event. A single flat Flink POJO serves every type (see docs/events.md):
 * fields that do not apply to a type stay null. Keeping one class avoids polymorphic state and
 * Kryo fallbacks on the hot path.
 */
public class Event implements Cloneable {
    /** Producer-assigned id; duplicates within the dedup window are dropped. */
    public String eventId;
    public EventType type;
    /**
     * The shopper the event belongs to: the customer id, or the anonymous id of a shopper not logged
     * in (an event with only an anonymousId gets it as its userId). Null only for catalogue updates.
     */
    public String userId;
    /** The device's or browser's anonymous id, when the shop knows one; identify links it to userId. */
    public String anonymousId;
    /**
     * Set by the engine, never read from the wire: the anonymous id whose history this event is,
     * replayed to the customer it turned out to be. Learn from it, but do not count it again where
     * the anonymous shopper's own event was already counted (item co-occurrence).
     */
    public String mergedFrom;
    /** Event time, epoch milliseconds. */
    public long eventTime;
    /** web, app, store, email, ... */
    public String channel;
    /** The item acted on (interactions, catalogue updates, the clicked result of a search). */
    public String itemId;
    /** Category of the item: set by catalogue updates, optional on interactions. */
    public String category;
    /** Search text. */
    public String query;
    /** Purchase order id and its lines; on a service incident, the order concerned, if any. */
    public String orderId;
    public List<OrderLine> lines;
    /** Rating 1..5 on rating and review events; 0 when absent. */
    public int rating;
    /** Review text. */
    public String text;
    /** Catalogue fields: null when the update does not change them. */
    public Double price;
    public Integer stock;
    public String brand;
    public Boolean replenishable;
    /** Consent to be contacted (reminders), on consent events. */
    public Boolean granted;
    /** IANA time zone of the user, optional on any user event. */
    public String timeZone;
    /** Items shown, on impression events. */
    public List<String> items;
    /** What went wrong, on service_incident events, e.g. order_delayed. */
    public String incident;

    public Event() {}

    /** A shallow copy: the lists are shared, as events never change them. */
    public Event copy() {
        try {
            return (Event) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shopper is known only by an anonymous id (not logged in, not linked yet). Static, so it is not a property of the wire form. */
    public static boolean byAnonymousShopper(Event e) {
        return e.anonymousId != null && e.anonymousId.equals(e.userId);
    }

    @Override
    public String toString() {
        return type + "{" + eventId + " user=" + userId + " item=" + itemId + " t=" + eventTime + "}";
    }
}
