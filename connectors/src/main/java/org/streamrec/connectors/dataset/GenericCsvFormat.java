package org.streamrec.connectors.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/**
 * {@code --format csv}: one interaction per row, with a header naming the columns in any order.
 * <ul>
 *   <li>required: {@code user_id, item_id, event_type, timestamp}; optional: {@code rating, price,
 *       category, quantity}; any other column fails the file (so a misspelt one is not ignored);</li>
 *   <li>ids are opaque strings (trimmed, must not be empty);</li>
 *   <li>timestamp: see {@link CsvTimestamps};</li>
 *   <li>event_type (case-insensitive): view, cart (add to cart), fav (favourite), purchase,
 *       rating;</li>
 *   <li>rating: required on rating rows, 1..5 (a decimal is rounded half up, so MovieLens' 0.5 steps
 *       fit); ignored on other rows;</li>
 *   <li>purchase rows become a one-line order (id {@code csv-LINE}) of {@code quantity} (default 1)
 *       units at {@code price} (default 0);</li>
 *   <li>category is set on the event, and category and price reach the engine as catalogue updates
 *       ({@link CatalogueAnnouncer}).</li>
 * </ul>
 * Rows are sorted by event time (stable). A bad row is reported and skipped, never thrown.
 */
public final class GenericCsvFormat implements DatasetFormat {
    private static final String ID_PREFIX = "csv";
    private static final Set<String> COLUMNS =
            Set.of("user_id", "item_id", "event_type", "timestamp", "rating", "price", "category", "quantity");
    private static final Map<String, EventType> TYPES = Map.of(
            "view", EventType.VIEW,
            "cart", EventType.ADD_TO_CART,
            "fav", EventType.FAVOURITE,
            "purchase", EventType.PURCHASE,
            "rating", EventType.RATING);

    private record Parsed(Event event, String item, String category, Double price) {}

    private final RejectedRows rejected;

    public GenericCsvFormat(RejectedRows rejected) {
        this.rejected = rejected;
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "a CSV file with a header: user_id,item_id,event_type,timestamp[,rating][,price][,category][,quantity]";
    }

    @Override
    public Stream<Event> read(Path input) {
        List<Parsed> rows = new ArrayList<>();
        try (CsvReader csv = new CsvReader(input, rejected)) {
            Set<String> seen = new HashSet<>();
            for (String column : csv.header()) {
                if (!seen.add(column)) throw new DatasetException(input + ": column '" + column + "' appears twice");
                if (!COLUMNS.contains(column)) {
                    throw new DatasetException(input + ": unknown column '" + column + "' (known: "
                            + "user_id, item_id, event_type, timestamp, rating, price, category, quantity)");
                }
            }
            Columns columns = new Columns(csv);
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                try {
                    rows.add(parse(row, columns));
                } catch (IllegalArgumentException e) {
                    csv.reject(row.line(), e.getMessage());
                }
            }
        }
        rows.sort(Comparator.comparingLong(r -> r.event.eventTime));
        CatalogueAnnouncer catalogue = new CatalogueAnnouncer(ID_PREFIX);
        List<Event> events = new ArrayList<>(rows.size());
        for (Parsed r : rows) {
            catalogue.announce(r.item, r.category, r.price, r.event.eventTime, events);
            events.add(r.event);
        }
        return events.stream();
    }

    /** Column positions; -1 for an optional column the file does not have. */
    private record Columns(int user, int item, int type, int time, int rating, int price, int category, int quantity) {
        Columns(CsvReader csv) {
            this(csv.column("user_id"), csv.column("item_id"), csv.column("event_type"), csv.column("timestamp"),
                    csv.header().indexOf("rating"), csv.header().indexOf("price"),
                    csv.header().indexOf("category"), csv.header().indexOf("quantity"));
        }
    }

    private static Parsed parse(CsvReader.Row row, Columns c) {
        String user = required(row, c.user, "user_id");
        String item = required(row, c.item, "item_id");
        String typeName = required(row, c.type, "event_type");
        EventType type = TYPES.get(typeName.toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new IllegalArgumentException("unknown event_type '" + typeName + "' (expected view, cart, fav, purchase or rating)");
        }
        long time = CsvTimestamps.toEpochMillis(required(row, c.time, "timestamp"));
        Double price = optional(row, c.price) == null ? null : nonNegative(optional(row, c.price));
        int quantity = optional(row, c.quantity) == null ? 1 : positiveInt(optional(row, c.quantity));
        String category = optional(row, c.category);

        Event e = new Event();
        e.eventId = ID_PREFIX + "-" + row.line();
        e.type = type;
        e.userId = user;
        e.eventTime = time;
        e.channel = "unknown";
        e.category = category;
        if (type == EventType.PURCHASE) {
            e.orderId = e.eventId;
            e.lines = List.of(new OrderLine(item, quantity, price == null ? 0 : price));
        } else {
            e.itemId = item;
        }
        if (type == EventType.RATING) e.rating = rating(optional(row, c.rating));
        return new Parsed(e, item, category, price);
    }

    private static String required(CsvReader.Row row, int column, String name) {
        String value = row.get(column);
        if (value.isEmpty()) throw new IllegalArgumentException(name + " is empty");
        return value;
    }

    private static String optional(CsvReader.Row row, int column) {
        return column < 0 || row.get(column).isEmpty() ? null : row.get(column);
    }

    private static double nonNegative(String text) {
        double v = number("price", text);
        if (v < 0) throw new IllegalArgumentException("price must be >= 0, got " + text);
        return v;
    }

    private static int positiveInt(String text) {
        try {
            int v = Integer.parseInt(text);
            if (v > 0) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("quantity must be a whole number > 0, got '" + text + "'");
    }

    private static int rating(String text) {
        if (text == null) throw new IllegalArgumentException("rating is required on rating rows");
        long r = Math.round(number("rating", text));
        if (r < 1 || r > 5) throw new IllegalArgumentException("rating must be 1..5, got " + text);
        return (int) r;
    }

    private static double number(String name, String text) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a number, got '" + text + "'");
    }
}
