package org.streamrec.tools.shop;

import org.streamrec.connectors.dataset.EventIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.streamrec.tools.config.SyntheticShopConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/**
 * A deterministic simulation of a shop, as events in event-time order. The same configuration
 * (seed included) always gives the same events.
 *
 * <p>It opens with one catalogue_update per item. Then each shopper comes back in sessions at
 * their own rate: maybe an impression and a search, several views in one category (popular items
 * more often, Zipf-skewed), sometimes favourites, add-to-carts, a removal and a purchase. Orders
 * pull in the other items of a bundle. A shopper who buys a consumable mostly buys it again when
 * it runs out, about quantity x days-per-unit later (with noise), in the same quantity. Some
 * purchases are rated or reviewed days later, every shopper answers a consent question once, and
 * every day a few prices change.
 */
public final class SyntheticShop extends EventIterator {
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final String CATALOGUE_CHANNEL = "backoffice";
    private static final String[][] REVIEWS = {
        {"Broke after a week.", "Not as described."},
        {"Disappointing.", "Arrived damaged."},
        {"It is fine.", "Does the job."},
        {"Good value.", "Would buy again."},
        {"Excellent!", "Exactly what I needed."}};

    private final SplittableRandom random;
    private final ShopCatalogue catalogue;
    private final double[] price;
    private final long end;
    private final long maxEvents;
    private final String idPrefix;
    private final PriorityQueue<Scheduled> agenda =
            new PriorityQueue<>(Comparator.comparingLong(Scheduled::time).thenComparingLong(Scheduled::order));
    private long scheduled;
    private long emitted;
    private long orders;

    /** Something due at a point in event time: an event to emit, or a shopper or the catalogue to act. */
    private record Scheduled(long time, long order, Event event, Runnable action) {}

    public SyntheticShop(SyntheticShopConfig config) {
        random = new SplittableRandom(config.seed());
        idPrefix = "syn" + config.seed() + "-";
        long start = config.startTime().toEpochMilli();
        end = start + config.duration().toMillis();
        maxEvents = config.maxEvents();
        catalogue = ShopCatalogue.generate(config.items(), config.categories(), random);
        price = catalogue.items.stream().mapToDouble(ShopItem::price).toArray();
        for (ShopItem item : catalogue.items) emitAt(start, catalogueEvent(item));
        for (int u = 0; u < config.users(); u++) {
            Shopper shopper = new Shopper(u, catalogue, random);
            // Spread first visits over the shopper's usual gap, so the shop does not start with a rush.
            long firstVisit = start + 1 + (long) (random.nextDouble() * DAY / shopper.sessionsPerDay);
            actAt(firstVisit, () -> session(shopper, firstVisit));
        }
        actAt(start + DAY, () -> changePrices(start + DAY));
    }

    /** The items as they are when the shop opens. */
    public List<ShopItem> items() {
        return catalogue.items;
    }

    /** The item ids of each bundle. */
    public List<List<String>> bundles() {
        return catalogue.bundles;
    }

    @Override
    protected Event advance() {
        while (maxEvents == 0 || emitted < maxEvents) {
            Scheduled due = agenda.poll();
            if (due == null || due.time > end) {
                agenda.clear();
                return null;
            }
            if (due.event != null) return happen(due.event);
            due.action.run();
        }
        return null;
    }

    /**
     * Sessions are planned when they start, but prices change in between: a price change takes
     * effect, and an order is priced, at the moment its event happens.
     */
    private Event happen(Event e) {
        e.eventId = idPrefix + (++emitted);
        if (e.type == EventType.CATALOGUE_UPDATE && e.price != null) price[catalogue.indexOf(e.itemId)] = e.price;
        if (e.type == EventType.PURCHASE) {
            for (OrderLine line : e.lines) line.unitPrice = price[catalogue.indexOf(line.itemId)];
        }
        return e;
    }

    private void emitAt(long time, Event event) {
        event.eventTime = time;
        agenda.add(new Scheduled(time, scheduled++, event, null));
    }

    private void actAt(long time, Runnable action) {
        agenda.add(new Scheduled(time, scheduled++, null, action));
    }

    private long seconds(int min, int max) {
        return (min + random.nextInt(max - min + 1)) * SECOND;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private void session(Shopper shopper, long start) {
        String channel = shopper.channel(random);
        long at = start;
        if (!shopper.consentAsked) {
            shopper.consentAsked = true;
            Event consent = userEvent(EventType.CONSENT, shopper, channel);
            consent.granted = chance(0.7);
            emitAt(at, consent);
        }
        int category = shopper.category(catalogue, random);
        if (chance(0.2)) {
            Event shown = userEvent(EventType.IMPRESSION, shopper, channel);
            Set<String> items = new LinkedHashSet<>();
            for (int i = 0; i < 4; i++) items.add(ShopCatalogue.itemId(catalogue.sampleItemIn(category, random)));
            shown.items = List.copyOf(items);
            emitAt(at, shown);
        }
        int clicked = -1;
        if (chance(0.25)) {
            at += seconds(5, 30);
            Event search = userEvent(EventType.SEARCH, shopper, channel);
            search.query = catalogue.categories[category];
            if (chance(0.7)) {
                clicked = catalogue.sampleItemIn(category, random);
                search.itemId = ShopCatalogue.itemId(clicked);
            }
            emitAt(at, search);
        }
        List<Integer> viewed = new ArrayList<>();
        int views = 1 + geometric(0.35, 7);
        for (int v = 0; v < views; v++) {
            int item = v == 0 && clicked >= 0 ? clicked : catalogue.sampleItemIn(category, random);
            at += seconds(10, 180);
            emitAt(at, itemEvent(EventType.VIEW, shopper, channel, item));
            viewed.add(item);
            if (chance(0.04)) emitAt(at + seconds(1, 10), itemEvent(EventType.FAVOURITE, shopper, channel, item));
            int[] partners = catalogue.bundlePartners[item];
            if (partners.length > 0 && chance(0.35)) {
                int partner = partners[random.nextInt(partners.length)];
                at += seconds(10, 60);
                emitAt(at, itemEvent(EventType.VIEW, shopper, channel, partner));
                viewed.add(partner);
            }
        }
        List<Integer> cart = new ArrayList<>();
        for (int item : new LinkedHashSet<>(viewed)) {
            if (chance(0.18)) {
                at += seconds(5, 60);
                emitAt(at, itemEvent(EventType.ADD_TO_CART, shopper, channel, item));
                cart.add(item);
            }
        }
        if (!cart.isEmpty() && chance(0.15)) {
            int removed = cart.remove(random.nextInt(cart.size()));
            at += seconds(5, 60);
            emitAt(at, itemEvent(EventType.REMOVE_FROM_CART, shopper, channel, removed));
        }
        if (!cart.isEmpty() && chance(0.55)) {
            at += seconds(30, 300);
            checkout(shopper, channel, cart, at);
        }
        long gap = Math.max(HOUR, (long) (random.nextExponential() * DAY / shopper.sessionsPerDay));
        long nextVisit = at + gap;
        actAt(nextVisit, () -> session(shopper, nextVisit));
    }

    /** 0, 1, 2, ... with P(k) falling by (1 - p) each step, capped. */
    private int geometric(double p, int max) {
        int k = 0;
        while (k < max && !chance(p)) k++;
        return k;
    }

    private void checkout(Shopper shopper, String channel, List<Integer> cart, long at) {
        List<Integer> bought = new ArrayList<>();
        List<OrderLine> lines = new ArrayList<>();
        for (int item : cart) {
            // Consumables on a cycle are bought when they run out, not in between.
            if (shopper.isOnCycle(item) || bought.contains(item)) continue;
            boolean consumable = catalogue.items.get(item).replenishable();
            bought.add(item);
            lines.add(line(item, consumable ? shopper.quantityOf(item, random) : chance(0.1) ? 2 : 1));
            for (int partner : catalogue.bundlePartners[item]) {
                if (chance(0.7) && !shopper.isOnCycle(partner) && !bought.contains(partner)) {
                    bought.add(partner);
                    lines.add(line(partner, 1));
                }
            }
        }
        if (lines.isEmpty()) return;
        emitAt(at, purchase(shopper, channel, lines));
        for (int i = 0; i < bought.size(); i++) {
            int item = bought.get(i);
            if (catalogue.items.get(item).replenishable() && chance(0.85)) {
                shopper.startCycle(item);
                scheduleRebuy(shopper, item, lines.get(i).quantity, at);
            }
            if (chance(0.08)) rate(shopper, channel, item, at + seconds(2 * 86_400, 10 * 86_400));
        }
    }

    /** A line priced when the purchase happens (see {@link #happen}). */
    private static OrderLine line(int item, int quantity) {
        return new OrderLine(ShopCatalogue.itemId(item), quantity, 0);
    }

    private void scheduleRebuy(Shopper shopper, int item, int quantity, long boughtAt) {
        double days = quantity * catalogue.items.get(item).daysPerUnit() * Math.exp(0.1 * random.nextGaussian());
        long due = boughtAt + (long) (days * DAY);
        actAt(due, () -> rebuy(shopper, item, due));
    }

    private void rebuy(Shopper shopper, int item, long at) {
        if (chance(0.1)) {
            shopper.stopCycle(item);
            return;
        }
        String channel = shopper.channel(random);
        if (chance(0.5)) {
            emitAt(at, itemEvent(EventType.VIEW, shopper, channel, item));
            at += seconds(20, 300);
        }
        int quantity = shopper.quantityOf(item, random);
        emitAt(at, purchase(shopper, channel, List.of(line(item, quantity))));
        scheduleRebuy(shopper, item, quantity, at);
    }

    private void rate(Shopper shopper, String channel, int item, long at) {
        double x = random.nextDouble();
        int stars = x < 0.05 ? 1 : x < 0.15 ? 2 : x < 0.30 ? 3 : x < 0.65 ? 4 : 5;
        boolean review = chance(0.3);
        Event e = itemEvent(review ? EventType.REVIEW : EventType.RATING, shopper, channel, item);
        e.rating = stars;
        if (review) e.text = REVIEWS[stars - 1][random.nextInt(REVIEWS[stars - 1].length)];
        emitAt(at, e);
    }

    /** Once a day a few items change price (sales, rises), spread over the next hours. */
    private void changePrices(long at) {
        int changes = Math.max(1, price.length / 50);
        for (int i = 0; i < changes; i++) {
            int item = random.nextInt(price.length);
            Event update = new Event();
            update.type = EventType.CATALOGUE_UPDATE;
            update.channel = CATALOGUE_CHANNEL;
            update.itemId = ShopCatalogue.itemId(item);
            update.price = Math.max(0.5, ShopCatalogue.round2(price[item] * (0.75 + 0.35 * random.nextDouble())));
            emitAt(at + seconds(0, 6 * 3600), update);
        }
        actAt(at + DAY, () -> changePrices(at + DAY));
    }

    private Event catalogueEvent(ShopItem item) {
        Event e = new Event();
        e.type = EventType.CATALOGUE_UPDATE;
        e.channel = CATALOGUE_CHANNEL;
        e.itemId = item.itemId();
        e.category = item.category();
        e.brand = item.brand();
        e.price = item.price();
        e.stock = item.stock();
        e.replenishable = item.replenishable();
        return e;
    }

    private Event userEvent(EventType type, Shopper shopper, String channel) {
        Event e = new Event();
        e.type = type;
        e.userId = shopper.userId;
        e.timeZone = shopper.timeZone;
        e.channel = channel;
        return e;
    }

    private Event itemEvent(EventType type, Shopper shopper, String channel, int item) {
        Event e = userEvent(type, shopper, channel);
        e.itemId = ShopCatalogue.itemId(item);
        e.category = catalogue.categories[catalogue.categoryOf[item]];
        return e;
    }

    private Event purchase(Shopper shopper, String channel, List<OrderLine> lines) {
        Event e = userEvent(EventType.PURCHASE, shopper, channel);
        e.orderId = idPrefix + "order-" + (++orders);
        e.lines = List.copyOf(lines);
        return e;
    }
}
