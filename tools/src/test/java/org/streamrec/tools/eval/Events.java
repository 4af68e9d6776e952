package org.streamrec.tools.eval;

import java.util.Arrays;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/** Builds replay events for tests; ids are {@code e1, e2, ...} in creation order, times in minutes. */
public final class Events {
    private int next;

    public Event of(EventType type, String user, String item, long minute) {
        Event e = new Event();
        e.eventId = "e" + (++next);
        e.type = type;
        e.userId = user;
        e.itemId = item;
        e.eventTime = minute * 60_000;
        return e;
    }

    public Event view(String user, String item, long minute) {
        return of(EventType.VIEW, user, item, minute);
    }

    public Event purchase(String user, long minute, String... items) {
        Event e = of(EventType.PURCHASE, user, null, minute);
        e.orderId = e.eventId;
        e.lines = Arrays.stream(items).map(i -> new OrderLine(i, 1, 0)).toList();
        return e;
    }
}
