package org.streamrec.engine.model;

import java.util.List;

/**
 * One validated input event. A single flat Flink POJO serves every type (see docs/events.md):
 * fields that do not apply to a type stay null. Keeping one class avoids polymorphic state and
 * Kryo fallbacks on the hot path.
 */
public class Event {
    /** Producer-assigned id; duplicates within the dedup window are dropped. */
    public String eventId;
    public EventType type;
    /** User id, or an anonymous id for shoppers not logged in. Null only for catalogue updates. */
    public String userId;
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

    @Override
    public String toString() {
        return type + "{" + eventId + " user=" + userId + " item=" + itemId + " t=" + eventTime + "}";
    }
}
