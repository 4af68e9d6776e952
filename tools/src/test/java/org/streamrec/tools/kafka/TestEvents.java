package org.streamrec.tools.kafka;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/** Builds input events for tests, with unique ids and increasing times from a fixed start. */
public final class TestEvents {
    public static final long START = 1_700_000_000_000L;

    private final AtomicLong clock = new AtomicLong(START);
    private final AtomicLong ids = new AtomicLong();
    /** Ids are unique across instances, so tests sharing one job never confuse each other's events. */
    private final String idPrefix = "t" + Long.toString(System.nanoTime(), 36) + "-";

    public Event of(EventType type, String user, String item) {
        Event e = new Event();
        e.eventId = idPrefix + ids.incrementAndGet();
        e.type = type;
        e.userId = user;
        e.itemId = item;
        e.eventTime = clock.addAndGet(1_000);
        e.channel = "web";
        return e;
    }

    public Event view(String user, String item) {
        return of(EventType.VIEW, user, item);
    }

    public Event purchase(String user, String item, int quantity, double unitPrice) {
        Event e = of(EventType.PURCHASE, user, null);
        e.orderId = "o-" + e.eventId;
        e.lines = List.of(new OrderLine(item, quantity, unitPrice));
        return e;
    }

    public Event catalogue(String item, String category, double price, int stock) {
        Event e = of(EventType.CATALOGUE_UPDATE, null, item);
        e.category = category;
        e.price = price;
        e.stock = stock;
        return e;
    }
}
