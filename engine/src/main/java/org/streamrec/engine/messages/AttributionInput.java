package org.streamrec.engine.messages;

import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/** What the user's attribution receives on its one keyed input: a list, a reminder or a user event. */
public class AttributionInput {
    public Recommendation list;
    public Reminder reminder;
    public Event event;

    public AttributionInput() {}

    public static AttributionInput of(Recommendation list) {
        AttributionInput in = new AttributionInput();
        in.list = list;
        return in;
    }

    public static AttributionInput of(Reminder reminder) {
        AttributionInput in = new AttributionInput();
        in.reminder = reminder;
        return in;
    }

    public static AttributionInput of(Event event) {
        AttributionInput in = new AttributionInput();
        in.event = event;
        return in;
    }

    public String userId() {
        if (list != null) return list.userId;
        return reminder != null ? reminder.userId : event.userId;
    }
}
