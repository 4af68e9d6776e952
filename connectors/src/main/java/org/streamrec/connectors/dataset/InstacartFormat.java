package org.streamrec.connectors.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/**
 * {@code --format instacart}: the Instacart Online Grocery Shopping 2017 files in one folder
 * (orders_demo.csv or orders.csv; order_items_demo.csv or order_products__prior.csv; products.csv;
 * aisles.csv).
 * <ul>
 *   <li>Each prior order becomes one purchase event (id {@code instacart-order-ID}) whose lines are
 *       the order's products in add-to-cart order, quantity 1 and unit price 0: the data has neither.
 *       Orders of other eval sets (test, train) have no lines here and are left out.</li>
 *   <li>The data has no dates, so each user's timeline is rebuilt: the first order is on day 0
 *       from {@link #EPOCH}, each later order {@code days_since_prior_order} days after the
 *       previous one, at {@code order_hour_of_day}. Where that would not move forward in time (0
 *       days and the same or an earlier hour) the order is put one hour after the previous one.
 *       All users start at the same epoch, so the interleaving of users is synthetic.</li>
 *   <li>Category = the product's aisle name, sent as a catalogue update before the product's first
 *       order (see {@link CatalogueAnnouncer}).</li>
 * </ul>
 * Bad rows (unparsable numbers, lines of an unknown order, a prior order without lines) are
 * reported and skipped.
 */
public final class InstacartFormat implements DatasetFormat {
    /** Day 0 of every user's rebuilt timeline. */
    public static final Instant EPOCH = Instant.parse("2017-01-01T00:00:00Z");

    private static final String ID_PREFIX = "instacart";
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private record Order(String orderId, String userId, String evalSet, int number, int hour, Double daysSincePrior, long line) {}

    private final RejectedRows rejected;

    public InstacartFormat(RejectedRows rejected) {
        this.rejected = rejected;
    }

    @Override
    public String name() {
        return "instacart";
    }

    @Override
    public String description() {
        return "a folder with the Instacart 2017 files: orders, prior order lines, products, aisles";
    }

    @Override
    public Stream<Event> read(Path folder) {
        if (!Files.isDirectory(folder)) throw new DatasetException(folder + ": not a folder (instacart needs the folder of its CSV files)");
        Map<String, String> categoryOfProduct = productAisles(folder);
        Map<String, List<Order>> ordersByUser = new LinkedHashMap<>();
        Map<String, Order> priorOrders = new HashMap<>();
        Path ordersFile = pick(folder, "orders_demo.csv", "orders.csv");
        readOrders(ordersFile, ordersByUser, priorOrders);
        Map<String, List<String>> productsByOrder = readLines(pick(folder, "order_items_demo.csv", "order_products__prior.csv"), priorOrders);

        List<Event> purchases = new ArrayList<>();
        for (List<Order> orders : ordersByUser.values()) {
            orders.sort(Comparator.comparingInt(Order::number));
            long dayStart = EPOCH.toEpochMilli();
            long previous = Long.MIN_VALUE;
            for (Order o : orders) {
                if (o.daysSincePrior != null) dayStart += Math.round(o.daysSincePrior * DAY);
                long time = Math.max(dayStart + o.hour * HOUR, previous + HOUR);
                previous = time;
                if (!o.evalSet.equals("prior")) continue;
                List<String> products = productsByOrder.get(o.orderId);
                if (products == null) {
                    rejected.reject(ordersFile.getFileName() + ":" + o.line, "prior order " + o.orderId + " has no lines");
                    continue;
                }
                purchases.add(purchase(o, time, products));
            }
        }
        purchases.sort(Comparator.comparingLong(e -> e.eventTime));

        CatalogueAnnouncer catalogue = new CatalogueAnnouncer(ID_PREFIX);
        List<Event> events = new ArrayList<>();
        for (Event p : purchases) {
            for (OrderLine line : p.lines) catalogue.announce(line.itemId, categoryOfProduct.get(line.itemId), null, p.eventTime, events);
            events.add(p);
        }
        return events.stream();
    }

    private static Event purchase(Order o, long time, List<String> products) {
        Event e = new Event();
        e.eventId = ID_PREFIX + "-order-" + o.orderId;
        e.type = EventType.PURCHASE;
        e.userId = o.userId;
        e.eventTime = time;
        e.channel = "unknown";
        e.orderId = o.orderId;
        e.lines = products.stream().map(p -> new OrderLine(p, 1, 0)).toList();
        return e;
    }

    private Map<String, String> productAisles(Path folder) {
        Map<String, String> aisleNames = new HashMap<>();
        try (CsvReader csv = new CsvReader(pick(folder, "aisles.csv"), rejected)) {
            int id = csv.column("aisle_id");
            int name = csv.column("aisle");
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) aisleNames.put(row.get(id), row.get(name));
        }
        Map<String, String> categories = new HashMap<>();
        try (CsvReader csv = new CsvReader(pick(folder, "products.csv"), rejected)) {
            int id = csv.column("product_id");
            int aisle = csv.column("aisle_id");
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                String name = aisleNames.get(row.get(aisle));
                if (name == null) csv.reject(row.line(), "unknown aisle_id " + row.get(aisle));
                else categories.put(row.get(id), name);
            }
        }
        return categories;
    }

    private void readOrders(Path file, Map<String, List<Order>> byUser, Map<String, Order> prior) {
        try (CsvReader csv = new CsvReader(file, rejected)) {
            int id = csv.column("order_id");
            int user = csv.column("user_id");
            int evalSet = csv.column("eval_set");
            int number = csv.column("order_number");
            int hour = csv.column("order_hour_of_day");
            int days = csv.column("days_since_prior_order");
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                Order o;
                try {
                    int h = wholeNumber(row.get(hour), "order_hour_of_day");
                    if (h < 0 || h > 23) throw new IllegalArgumentException("order_hour_of_day must be 0..23, got " + h);
                    Double d = row.get(days).isEmpty() ? null : daysSincePrior(row.get(days));
                    o = new Order(row.get(id), row.get(user), row.get(evalSet), wholeNumber(row.get(number), "order_number"), h, d, row.line());
                } catch (IllegalArgumentException e) {
                    csv.reject(row.line(), e.getMessage());
                    continue;
                }
                byUser.computeIfAbsent(o.userId, u -> new ArrayList<>()).add(o);
                if (o.evalSet.equals("prior")) prior.put(o.orderId, o);
            }
        }
    }

    /** Product ids per prior order, in add-to-cart order. */
    private Map<String, List<String>> readLines(Path file, Map<String, Order> prior) {
        record Line(int position, String product) {}
        Map<String, List<Line>> lines = new HashMap<>();
        try (CsvReader csv = new CsvReader(file, rejected)) {
            int order = csv.column("order_id");
            int product = csv.column("product_id");
            int position = csv.column("add_to_cart_order");
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                if (!prior.containsKey(row.get(order))) {
                    csv.reject(row.line(), "order_id " + row.get(order) + " is not a prior order of the orders file");
                    continue;
                }
                try {
                    lines.computeIfAbsent(row.get(order), o -> new ArrayList<>())
                            .add(new Line(wholeNumber(row.get(position), "add_to_cart_order"), row.get(product)));
                } catch (IllegalArgumentException e) {
                    csv.reject(row.line(), e.getMessage());
                }
            }
        }
        Map<String, List<String>> products = new HashMap<>();
        lines.forEach((o, l) -> products.put(o, l.stream().sorted(Comparator.comparingInt(Line::position)).map(Line::product).toList()));
        return products;
    }

    private static int wholeNumber(String text, String column) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a whole number: '" + text + "'");
        }
    }

    private static double daysSincePrior(String text) {
        double days;
        try {
            days = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            days = Double.NaN;
        }
        if (!(days >= 0 && days < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("days_since_prior_order must be a number >= 0, got '" + text + "'");
        }
        return days;
    }

    private static Path pick(Path folder, String... names) {
        for (String name : names) {
            if (Files.isRegularFile(folder.resolve(name))) return folder.resolve(name);
        }
        throw new DatasetException(folder + ": none of " + String.join(", ", names) + " found");
    }
}
