package org.streamrec.engine.journeys;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/** Events and settings for the journeys' tests. */
public final class JourneyEvents {
    public static final long MINUTE = 60_000L;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = 24 * HOUR;
    /** A Monday, 10:00 UTC: outside the quiet hours. */
    public static final long T0 = Instant.parse("2024-03-04T10:00:00Z").toEpochMilli();

    private static int ids;

    private JourneyEvents() {}

    /**
     * The defaults with triggers that fire soon (abandoned cart after 2h, price drop by 10% within
     * 14d, three views), contact caps generous enough not to get in the way unless a test says so,
     * and then the given {@code key, value} overrides (full keys).
     */
    public static EngineConfig config(String... overrides) {
        Map<String, String> keys = new HashMap<>(Map.of(
                "triggers.abandonedCart.after", "2h", "triggers.priceDrop.minPercent", "10",
                "triggers.priceDrop.window", "14d", "triggers.priceDrop.minViews", "3",
                "triggers.backInStock.window", "30d", "contact.maxPerDay", "5", "contact.maxPerWeek", "20",
                "contact.defaultTimeZone", "UTC"));
        for (int i = 0; i < overrides.length; i += 2) keys.put(overrides[i], overrides[i + 1]);
        return ConfigLoader.load(null, keys);
    }

    public static Event user(EventType type, String user, String item, long time) {
        Event e = new Event();
        e.eventId = type.wireName() + "-" + (++ids);
        e.type = type;
        e.userId = user;
        e.itemId = item;
        e.eventTime = time;
        return e;
    }

    public static Event purchase(String user, long time, String... items) {
        Event e = user(EventType.PURCHASE, user, null, time);
        e.orderId = "o-" + ids;
        e.lines = Arrays.stream(items).map(i -> new OrderLine(i, 1, 5.0)).toList();
        return e;
    }

    public static Event incident(String user, long time, String orderId) {
        Event e = user(EventType.SERVICE_INCIDENT, user, null, time);
        e.incident = "order_delayed";
        e.orderId = orderId;
        return e;
    }

    public static Event catalogue(String item, long time, Double price, Integer stock) {
        Event e = new Event();
        e.eventId = "c-" + (++ids);
        e.type = EventType.CATALOGUE_UPDATE;
        e.itemId = item;
        e.eventTime = time;
        e.price = price;
        e.stock = stock;
        return e;
    }
}
