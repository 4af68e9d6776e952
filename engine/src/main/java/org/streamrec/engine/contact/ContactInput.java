package org.streamrec.engine.contact;

import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.replenish.PurchaseObservation;

/**
 * What the contact step receives on its one keyed input: a consent or forget_user event, a purchase
 * with what the repurchase model needs for its reminder, or a triggered offer with the shopper's
 * time zone as the trigger knew it.
 */
public class ContactInput {
    public Event event;
    public PurchaseObservation purchase;
    public Message triggered;
    /** With {@link #triggered}: the shopper's latest time zone, or null. */
    public String timeZone;

    public ContactInput() {}

    public static ContactInput of(Event event) {
        ContactInput in = new ContactInput();
        in.event = event;
        return in;
    }

    public static ContactInput of(PurchaseObservation purchase) {
        ContactInput in = new ContactInput();
        in.purchase = purchase;
        return in;
    }

    public static ContactInput of(Message triggered, String userId, String timeZone) {
        ContactInput in = new ContactInput();
        in.triggered = triggered;
        in.triggered.userId = userId;
        in.timeZone = timeZone;
        return in;
    }

    public String userId() {
        if (event != null) return event.userId;
        return purchase != null ? purchase.userId : triggered.userId;
    }

    @Override
    public String toString() {
        return "ContactInput{" + (event != null ? event : purchase != null ? purchase : triggered) + "}";
    }
}
