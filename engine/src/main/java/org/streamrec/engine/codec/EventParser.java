package org.streamrec.engine.codec;

import static org.streamrec.engine.codec.RejectCode.FUTURE_TIME;
import static org.streamrec.engine.codec.RejectCode.UNKNOWN_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/**
 * Turns one JSON object into an {@link Event}, enforcing the contract of docs/events.md: the
 * fields each type requires, their types and bounds. Fields that do not apply to a type are
 * ignored like unknown ones, so they stay null on the event.
 */
final class EventParser {
    static final String DEFAULT_CHANNEL = "unknown";

    private EventParser() {}

    /** @param earliestMillis {@code ingest.earliestEventTime}, as the codec parsed it once */
    static Event parse(JsonFields f, long earliestMillis, long nowMillis, long maxFutureSkewMillis) {
        Event e = new Event();
        e.eventId = f.requiredId("eventId");
        e.type = type(f);
        e.eventTime = eventTime(f, earliestMillis, nowMillis, maxFutureSkewMillis);
        String channel = f.optionalText("channel");
        e.channel = channel == null || channel.isBlank() ? DEFAULT_CHANNEL : channel;
        if (!e.type.isCatalogue()) {
            e.anonymousId = f.optionalId("anonymousId");
            e.userId = e.anonymousId == null || e.type == EventType.IDENTIFY ? f.requiredId("userId") : f.optionalId("userId");
            if (e.userId == null) e.userId = e.anonymousId;
            e.timeZone = timeZone(f);
        }
        switch (e.type) {
            case VIEW, ADD_TO_CART, REMOVE_FROM_CART, FAVOURITE -> {
                e.itemId = f.requiredId("itemId");
                e.category = f.optionalText("category");
            }
            case SEARCH -> {
                e.query = f.requiredText("query");
                e.itemId = f.optionalId("itemId");
                e.category = f.optionalText("category");
            }
            case PURCHASE -> {
                e.orderId = f.requiredId("orderId");
                e.lines = lines(f);
            }
            case RATING, REVIEW -> {
                e.itemId = f.requiredId("itemId");
                e.category = f.optionalText("category");
                e.rating = rating(f);
                e.text = e.type == EventType.REVIEW ? f.requiredText("text") : f.optionalText("text");
            }
            case IMPRESSION -> e.items = f.requiredIdTexts("items");
            case CATALOGUE_UPDATE -> catalogue(f, e);
            case CONSENT -> e.granted = f.requiredBoolean("granted");
            case FORGET_USER -> { /* the user id is all it needs */ }
            case IDENTIFY -> {
                if (e.anonymousId == null) throw f.missing("anonymousId");
                if (e.anonymousId.equals(e.userId)) throw f.invalid("anonymousId", "must differ from userId, or there is nothing to link");
            }
            case SERVICE_INCIDENT -> {
                e.incident = f.requiredText("incident");
                e.orderId = f.optionalId("orderId");
                e.text = f.optionalText("text");
            }
        }
        return e;
    }

    private static EventType type(JsonFields f) {
        String name = f.requiredText("type");
        return EventType.fromWireName(name).orElseThrow(() -> new Rejection(UNKNOWN_TYPE, Rejection.quote(name)));
    }

    private static long eventTime(JsonFields f, long earliest, long nowMillis, long maxFutureSkewMillis) {
        JsonNode node = f.requiredNode("eventTime");
        long time;
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) throw f.invalid("eventTime", "is out of range, got " + Rejection.number(node.asText()));
            time = node.longValue();
        } else if (node.isTextual()) {
            time = isoTime(f, node.textValue());
        } else {
            throw f.wrongType("eventTime", "epoch milliseconds (an integer) or an ISO-8601 string");
        }
        if (time < earliest) {
            throw f.invalid("eventTime", "must not be before " + Instant.ofEpochMilli(earliest)
                    + " (ingest.earliestEventTime), got " + Instant.ofEpochMilli(time));
        }
        long ahead = time - nowMillis;
        if (ahead > maxFutureSkewMillis) {
            throw new Rejection(FUTURE_TIME, "eventTime is " + humanDuration(ahead) + " ahead of now (limit "
                    + humanDuration(maxFutureSkewMillis) + ")");
        }
        return time;
    }

    private static long isoTime(JsonFields f, String text) {
        Instant time;
        try {
            time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
        } catch (DateTimeException e) {
            throw f.invalid("eventTime", Rejection.quote(text) + " is not an ISO-8601 time with offset, such as 2025-03-01T09:30:00Z");
        }
        try {
            return time.toEpochMilli();
        } catch (ArithmeticException e) {
            throw f.invalid("eventTime", "is out of range, got " + Rejection.quote(text));
        }
    }

    private static String timeZone(JsonFields f) {
        String zone = f.optionalText("timeZone");
        if (zone == null) return null;
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw f.invalid("timeZone", Rejection.quote(zone) + " is not an IANA time zone such as Europe/Berlin");
        }
    }

    private static List<OrderLine> lines(JsonFields f) {
        List<JsonFields> lineFields = f.requiredObjects("lines");
        List<OrderLine> lines = new ArrayList<>(lineFields.size());
        for (JsonFields line : lineFields) {
            String itemId = line.requiredId("itemId");
            int quantity = line.requiredInt("quantity");
            if (quantity <= 0) throw line.invalid("quantity", "must be > 0, got " + quantity);
            int maxQuantity = f.limits().maxQuantity();
            if (quantity > maxQuantity) throw line.invalid("quantity", "must be <= " + maxQuantity + " (ingest.maxQuantity), got " + quantity);
            double unitPrice = price(line, "unitPrice", line.requiredNumber("unitPrice"));
            lines.add(new OrderLine(itemId, quantity, unitPrice));
        }
        return lines;
    }

    private static int rating(JsonFields f) {
        int rating = f.requiredInt("rating");
        if (rating < 1 || rating > 5) throw f.invalid("rating", "must be between 1 and 5, got " + rating);
        return rating;
    }

    private static void catalogue(JsonFields f, Event e) {
        e.itemId = f.requiredId("itemId");
        e.category = f.optionalText("category");
        e.brand = f.optionalText("brand");
        e.replenishable = f.optionalBoolean("replenishable");
        Double price = f.optionalNumber("price");
        e.price = price == null ? null : price(f, "price", price);
        e.stock = f.optionalInt("stock");
        if (e.stock != null && e.stock < 0) throw f.invalid("stock", "must be >= 0, got " + e.stock);
    }

    private static double price(JsonFields f, String field, double price) {
        if (price < 0) throw f.invalid(field, "must be >= 0, got " + price);
        if (price > f.limits().maxPrice()) throw f.invalid(field, "must be <= " + f.limits().maxPrice() + " (ingest.maxPrice), got " + price);
        return price;
    }

    /** "3d 2h", "5m 12s", "800ms": the two largest units, enough to see how far off a clock is. */
    static String humanDuration(long millis) {
        if (millis < 1000) return millis + "ms";
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1000L};
        String[] units = {"d", "h", "m", "s"};
        StringBuilder out = new StringBuilder();
        long rest = millis;
        int shown = 0;
        for (int i = 0; i < sizes.length && shown < 2; i++) {
            long n = rest / sizes[i];
            rest %= sizes[i];
            if (n > 0 || shown > 0) {
                if (n > 0) out.append(out.isEmpty() ? "" : " ").append(n).append(units[i]);
                shown++;
            }
        }
        return out.toString();
    }
}
