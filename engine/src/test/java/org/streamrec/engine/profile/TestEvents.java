package org.streamrec.engine.profile;

import java.util.List;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/** Builds interaction events for tests: one user, one item (or order lines), one time. */
public final class TestEvents {
    private TestEvents() {}

    public static Event on(EventType type, String userId, String itemId, long time) {
        Event e = new Event();
        e.eventId = userId + "-" + type.wireName() + "-" + itemId + "-" + time;
        e.type = type;
        e.userId = userId;
        e.itemId = itemId;
        e.eventTime = time;
        return e;
    }

    public static Event rating(String userId, String itemId, int stars, long time) {
        Event e = on(EventType.RATING, userId, itemId, time);
        e.rating = stars;
        return e;
    }

    public static Event purchase(String userId, long time, OrderLine... lines) {
        Event e = on(EventType.PURCHASE, userId, null, time);
        e.orderId = "order-" + userId + "-" + time;
        e.lines = List.of(lines);
        return e;
    }
}
