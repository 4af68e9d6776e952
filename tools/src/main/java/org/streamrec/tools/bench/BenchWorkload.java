package org.streamrec.tools.bench;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/**
 * The benchmark's shop traffic: event number {@code index} is a pure function of the index and the
 * seed, so any source reader can generate any slice of it and every run sees the same events.
 * Users and items are drawn from Zipf distributions; 80% views, 12% add-to-cart, 4% favourites and
 * 4% purchases of one or two items. Event time advances by {@code 1 / eventsPerSecond} per event.
 */
public final class BenchWorkload implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final char ID_PREFIX = 'b';

    private final int users;
    private final int items;
    private final long seed;
    private final long startMillis;
    private final double eventsPerSecond;
    private final ZipfSampler userRanks;
    private final ZipfSampler itemRanks;

    /**
     * @param skew Zipf exponent of both user activity and item popularity
     * @param startMillis event time of event 0
     * @param eventsPerSecond the shop's pace in event time
     */
    public BenchWorkload(int users, int items, double skew, long seed, long startMillis, double eventsPerSecond) {
        if (!(eventsPerSecond > 0)) throw new IllegalArgumentException("eventsPerSecond must be > 0, got " + eventsPerSecond);
        this.users = users;
        this.items = items;
        this.seed = seed;
        this.startMillis = startMillis;
        this.eventsPerSecond = eventsPerSecond;
        this.userRanks = new ZipfSampler(users, skew);
        this.itemRanks = new ZipfSampler(items, skew);
    }

    public int users() {
        return users;
    }

    public int items() {
        return items;
    }

    /** The index of the workload event with id {@code eventId}, or -1 if it is not one. */
    public static long indexOf(String eventId) {
        if (eventId == null || eventId.length() < 2 || eventId.charAt(0) != ID_PREFIX || !Character.isDigit(eventId.charAt(1))) {
            return -1;
        }
        try {
            return Long.parseLong(eventId, 1, eventId.length(), 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Event event(long index) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        Event e = new Event();
        e.eventId = ID_PREFIX + Long.toString(index);
        e.userId = "u" + userRanks.rank(random.nextDouble());
        e.eventTime = startMillis + (long) (index * 1000 / eventsPerSecond);
        e.channel = "web";
        double kind = random.nextDouble();
        if (kind < 0.96) {
            e.type = kind < 0.80 ? EventType.VIEW : kind < 0.92 ? EventType.ADD_TO_CART : EventType.FAVOURITE;
            e.itemId = item(random);
        } else {
            e.type = EventType.PURCHASE;
            e.orderId = "o" + index;
            OrderLine first = new OrderLine(item(random), 1 + random.nextInt(3), 2.5);
            e.lines = random.nextBoolean() ? List.of(first) : List.of(first, new OrderLine(item(random), 1, 9.9));
        }
        return e;
    }

    private String item(SplittableRandom random) {
        return itemId(itemRanks.rank(random.nextDouble()));
    }

    /** The id of the item of popularity rank {@code rank}. */
    static String itemId(int rank) {
        return "i" + rank;
    }

    /**
     * Event {@code index} as a producer would send it (docs/events.md), written directly rather than
     * through Jackson so that generating input costs little next to parsing it.
     */
    public byte[] wire(long index) {
        return wire(event(index));
    }

    /** {@code e} (one of this workload's events) as a producer would send it. */
    public byte[] wire(Event e) {
        StringBuilder json = new StringBuilder(160)
                .append("{\"eventId\":\"").append(e.eventId)
                .append("\",\"type\":\"").append(e.type.wireName())
                .append("\",\"userId\":\"").append(e.userId)
                .append("\",\"eventTime\":").append(e.eventTime)
                .append(",\"channel\":\"").append(e.channel).append('"');
        if (e.itemId != null) json.append(",\"itemId\":\"").append(e.itemId).append('"');
        if (e.lines != null) {
            json.append(",\"orderId\":\"").append(e.orderId).append("\",\"lines\":[");
            for (int i = 0; i < e.lines.size(); i++) {
                OrderLine line = e.lines.get(i);
                json.append(i == 0 ? "" : ",").append("{\"itemId\":\"").append(line.itemId)
                        .append("\",\"quantity\":").append(line.quantity)
                        .append(",\"unitPrice\":").append(line.unitPrice).append('}');
            }
            json.append(']');
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }
}
