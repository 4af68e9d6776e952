package org.streamrec.engine.messages;

import org.streamrec.engine.model.Event;

/**
 * What a journeys step receives on its one keyed input: an event (on the user side a cart,
 * favourite, purchase, incident or forget_user; on the item side a catalogue update), or an interest.
 */
public class JourneyInput {
    public Event event;
    public ItemInterest interest;

    public JourneyInput() {}

    public static JourneyInput of(Event event) {
        JourneyInput in = new JourneyInput();
        in.event = event;
        return in;
    }

    public static JourneyInput of(ItemInterest interest) {
        JourneyInput in = new JourneyInput();
        in.interest = interest;
        return in;
    }

    public String userId() {
        return event != null ? event.userId : interest.userId;
    }

    public String itemId() {
        return event != null ? event.itemId : interest.itemId;
    }

    @Override
    public String toString() {
        return "JourneyInput{" + (event != null ? event : interest) + "}";
    }
}
