package org.streamrec.tools.shop;

import org.streamrec.connectors.dataset.EventIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
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
 * more often, Zipf-skewed), sometimes favourites, add-to-carts, a removal and a purchase (carts
 * left without one are abandoned). Orders pull in the other items of a bundle. A shopper who buys a
 * consumable mostly buys it again when it runs out, about quantity x days-per-unit later (with
 * noise), in the same quantity. Some purchases are rated or reviewed days later, every shopper
 * answers a consent question once, and every day a few prices change (some fall).
 *
 * <p>The journeys' part comes on top, drawn from a random stream of its own and numbered apart
 * ({@code <prefix>x<n>}), so the events above stay the same for the same seed: one visitor for every
 * five shoppers browses anonymously for a few sessions, then logs in (identify) and shops as a
 * customer; every day a few items sell out and come back one to three days later; and a few orders
 * are delayed (service_incident) a day or two after the purchase.
 */
public final class SyntheticShop extends EventIterator {
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final String CATALOGUE_CHANNEL = "backoffice";
    /** Mixed into the seed for the journeys' random stream. */
    private static final long JOURNEYS_SALT = 0x6a6f75726e657973L;
    private static final int SHOPPERS_PER_VISITOR = 5;
    private static final double DELAYED_ORDER_SHARE = 0.04;
    private static final String[][] REVIEWS = {
        {"Broke after a week.", "Not as described."},
        {"Disappointing.", "Arrived damaged."},
        {"It is fine.", "Does the job."},
        {"Good value.", "Would buy again."},
        {"Excellent!", "Exactly what I needed."}};

    private final SplittableRandom random;
    /** Draws everything the journeys add, so that the rest of the shop stays as it was for the same seed. */
    private final SplittableRandom journeysRandom;
    private final ShopCatalogue catalogue;
    private final double[] price;
    /** When each item sold out by the journeys is back in stock; 0 for items never sold out. */
    private final long[] backInStock;
    private final long end;
    private final long maxEvents;
    private final String idPrefix;
    private final PriorityQueue<Scheduled> agenda =
            new PriorityQueue<>(Comparator.comparingLong(Scheduled::time).thenComparingLong(Scheduled::order));
    private long scheduled;
    private long emitted;
    private long journeysEmitted;
    private long orders;
    private long journeysOrders;

    /** Something due at a point in event time: an event to emit (numbered apart when a journeys one), or an actor to act. */
    private record Scheduled(long time, long order, Event event, boolean journeys, Runnable action) {}

    public SyntheticShop(SyntheticShopConfig config) {
        random = new SplittableRandom(config.seed());
        journeysRandom = new SplittableRandom(config.seed() ^ JOURNEYS_SALT);
        idPrefix = "syn" + config.seed() + "-";
        long start = config.startTime().toEpochMilli();
        end = start + config.duration().toMillis();
        maxEvents = config.maxEvents();
        catalogue = ShopCatalogue.generate(config.items(), config.categories(), random);
        price = catalogue.items.stream().mapToDouble(ShopItem::price).toArray();
        backInStock = new long[price.length];
        for (ShopItem item : catalogue.items) emitAt(start, catalogueEvent(item));
        for (int u = 0; u < config.users(); u++) firstVisit(new Shopper(u, catalogue, random), start);
        actAt(start + DAY, () -> changePrices(start + DAY));
        for (int v = 0; v < Math.max(1, config.users() / SHOPPERS_PER_VISITOR); v++) {
            Shopper visitor = new Shopper(config.users() + v, catalogue, journeysRandom);
            visitor.browseAnonymously("anon-" + config.seed() + "-" + (v + 1), 1 + journeysRandom.nextInt(3));
            firstVisit(visitor, start);
        }
        actAt(start + DAY, () -> sellOut(start + DAY));
    }

    /** The items as they are when the shop opens. */
    public List<ShopItem> items() {
        return catalogue.items;
    }

    /** The item ids of each bundle. */
    public List<List<String>> bundles() {
        return catalogue.bundles;
    }

    /** Spreads first visits over the shopper's usual gap, so the shop does not start with a rush. */
    private void firstVisit(Shopper shopper, long start) {
        long at = start + 1 + (long) (shopper.random.nextDouble() * DAY / shopper.sessionsPerDay);
        actAt(at, () -> session(shopper, at));
    }

    @Override
    protected Event advance() {
        while (maxEvents == 0 || emitted + journeysEmitted < maxEvents) {
            Scheduled due = agenda.poll();
            if (due == null || due.time > end) {
                agenda.clear();
                return null;
            }
            if (due.event != null) return happen(due.event, due.journeys);
            due.action.run();
        }
        return null;
    }

    /**
     * Sessions are planned when they start, but prices change in between: a price change takes
     * effect, and an order is priced, at the moment its event happens.
     */
    private Event happen(Event e, boolean journeys) {
        e.eventId = journeys ? idPrefix + "x" + (++journeysEmitted) : idPrefix + (++emitted);
        if (e.type == EventType.CATALOGUE_UPDATE && e.price != null) price[catalogue.indexOf(e.itemId)] = e.price;
        if (e.type == EventType.PURCHASE) {
            for (OrderLine line : e.lines) line.unitPrice = price[catalogue.indexOf(line.itemId)];
        }
        return e;
    }

    private void emitAt(long time, Event event) {
        emitAt(time, event, false);
    }

    /** An event of the shopper's: a journeys one when the shopper is a visitor. */
    private void emitAt(long time, Event event, Shopper shopper) {
        emitAt(time, event, shopper.visitor);
    }

    private void emitAt(long time, Event event, boolean journeys) {
        event.eventTime = time;
        agenda.add(new Scheduled(time, scheduled++, event, journeys, null));
    }

    private void actAt(long time, Runnable action) {
        agenda.add(new Scheduled(time, scheduled++, null, false, action));
    }

    private static long seconds(RandomGenerator random, int min, int max) {
        return (min + random.nextInt(max - min + 1)) * SECOND;
    }

    private static boolean chance(RandomGenerator random, double p) {
        return random.nextDouble() < p;
    }

    private void session(Shopper shopper, long start) {
        RandomGenerator r = shopper.random;
        String channel = shopper.channel(r);
        long at = start;
        if (shopper.anonymousId != null && shopper.anonymousSessions-- == 0) {
            Event login = userEvent(EventType.IDENTIFY, shopper, channel);
            login.userId = shopper.userId;
            shopper.anonymousId = null;
            emitAt(at, login, shopper);
        }
        if (!shopper.consentAsked && shopper.anonymousId == null) {
            shopper.consentAsked = true;
            Event consent = userEvent(EventType.CONSENT, shopper, channel);
            consent.granted = chance(r, 0.7);
            emitAt(at, consent, shopper);
        }
        int category = shopper.category(catalogue, r);
        if (chance(r, 0.2)) {
            Event shown = userEvent(EventType.IMPRESSION, shopper, channel);
            Set<String> items = new LinkedHashSet<>();
            for (int i = 0; i < 4; i++) items.add(ShopCatalogue.itemId(catalogue.sampleItemIn(category, r)));
            shown.items = List.copyOf(items);
            emitAt(at, shown, shopper);
        }
        int clicked = -1;
        if (chance(r, 0.25)) {
            at += seconds(r, 5, 30);
            Event search = userEvent(EventType.SEARCH, shopper, channel);
            search.query = catalogue.categories[category];
            if (chance(r, 0.7)) {
                clicked = catalogue.sampleItemIn(category, r);
                search.itemId = ShopCatalogue.itemId(clicked);
            }
            emitAt(at, search, shopper);
        }
        List<Integer> viewed = new ArrayList<>();
        int views = 1 + geometric(r, 0.35, 7);
        for (int v = 0; v < views; v++) {
            int item = v == 0 && clicked >= 0 ? clicked : catalogue.sampleItemIn(category, r);
            at += seconds(r, 10, 180);
            emitAt(at, itemEvent(EventType.VIEW, shopper, channel, item), shopper);
            viewed.add(item);
            if (chance(r, 0.04)) emitAt(at + seconds(r, 1, 10), itemEvent(EventType.FAVOURITE, shopper, channel, item), shopper);
            int[] partners = catalogue.bundlePartners[item];
            if (partners.length > 0 && chance(r, 0.35)) {
                int partner = partners[r.nextInt(partners.length)];
                at += seconds(r, 10, 60);
                emitAt(at, itemEvent(EventType.VIEW, shopper, channel, partner), shopper);
                viewed.add(partner);
            }
        }
        List<Integer> cart = new ArrayList<>();
        for (int item : new LinkedHashSet<>(viewed)) {
            if (chance(r, 0.18)) {
                at += seconds(r, 5, 60);
                emitAt(at, itemEvent(EventType.ADD_TO_CART, shopper, channel, item), shopper);
                cart.add(item);
            }
        }
        if (!cart.isEmpty() && chance(r, 0.15)) {
            int removed = cart.remove(r.nextInt(cart.size()));
            at += seconds(r, 5, 60);
            emitAt(at, itemEvent(EventType.REMOVE_FROM_CART, shopper, channel, removed), shopper);
        }
        // Buying needs an account: an anonymous visitor's cart waits for the login.
        if (!cart.isEmpty() && chance(r, 0.55) && shopper.anonymousId == null) {
            at += seconds(r, 30, 300);
            checkout(shopper, channel, cart, at);
        }
        long gap = Math.max(HOUR, (long) (r.nextExponential() * DAY / shopper.sessionsPerDay));
        long nextVisit = at + gap;
        actAt(nextVisit, () -> session(shopper, nextVisit));
    }

    /** 0, 1, 2, ... with P(k) falling by (1 - p) each step, capped. */
    private static int geometric(RandomGenerator r, double p, int max) {
        int k = 0;
        while (k < max && !chance(r, p)) k++;
        return k;
    }

    private void checkout(Shopper shopper, String channel, List<Integer> cart, long at) {
        RandomGenerator r = shopper.random;
        List<Integer> bought = new ArrayList<>();
        List<OrderLine> lines = new ArrayList<>();
        for (int item : cart) {
            // Consumables on a cycle are bought when they run out, not in between.
            if (shopper.isOnCycle(item) || bought.contains(item)) continue;
            boolean consumable = catalogue.items.get(item).replenishable();
            bought.add(item);
            lines.add(line(item, consumable ? shopper.quantityOf(item, r) : chance(r, 0.1) ? 2 : 1));
            for (int partner : catalogue.bundlePartners[item]) {
                if (chance(r, 0.7) && !shopper.isOnCycle(partner) && !bought.contains(partner)) {
                    bought.add(partner);
                    lines.add(line(partner, 1));
                }
            }
        }
        if (lines.isEmpty()) return;
        Event order = purchase(shopper, channel, lines);
        emitAt(at, order, shopper);
        if (chance(journeysRandom, DELAYED_ORDER_SHARE)) {
            Event delayed = userEvent(EventType.SERVICE_INCIDENT, shopper, channel);
            delayed.incident = "order_delayed";
            delayed.orderId = order.orderId;
            emitAt(at + seconds(journeysRandom, 86_400, 3 * 86_400), delayed, true);
        }
        for (int i = 0; i < bought.size(); i++) {
            int item = bought.get(i);
            if (catalogue.items.get(item).replenishable() && chance(r, 0.85)) {
                shopper.startCycle(item);
                scheduleRebuy(shopper, item, lines.get(i).quantity, at);
            }
            if (chance(r, 0.08)) rate(shopper, channel, item, at + seconds(r, 2 * 86_400, 10 * 86_400));
        }
    }

    /** A line priced when the purchase happens (see {@link #happen}). */
    private static OrderLine line(int item, int quantity) {
        return new OrderLine(ShopCatalogue.itemId(item), quantity, 0);
    }

    private void scheduleRebuy(Shopper shopper, int item, int quantity, long boughtAt) {
        RandomGenerator r = shopper.random;
        double days = quantity * catalogue.items.get(item).daysPerUnit() * Math.exp(0.1 * r.nextGaussian());
        long due = boughtAt + (long) (days * DAY);
        actAt(due, () -> rebuy(shopper, item, due));
    }

    private void rebuy(Shopper shopper, int item, long at) {
        RandomGenerator r = shopper.random;
        if (chance(r, 0.1)) {
            shopper.stopCycle(item);
            return;
        }
        String channel = shopper.channel(r);
        if (chance(r, 0.5)) {
            emitAt(at, itemEvent(EventType.VIEW, shopper, channel, item), shopper);
            at += seconds(r, 20, 300);
        }
        int quantity = shopper.quantityOf(item, r);
        emitAt(at, purchase(shopper, channel, List.of(line(item, quantity))), shopper);
        scheduleRebuy(shopper, item, quantity, at);
    }

    private void rate(Shopper shopper, String channel, int item, long at) {
        RandomGenerator r = shopper.random;
        double x = r.nextDouble();
        int stars = x < 0.05 ? 1 : x < 0.15 ? 2 : x < 0.30 ? 3 : x < 0.65 ? 4 : 5;
        boolean review = chance(r, 0.3);
        Event e = itemEvent(review ? EventType.REVIEW : EventType.RATING, shopper, channel, item);
        e.rating = stars;
        if (review) e.text = REVIEWS[stars - 1][r.nextInt(REVIEWS[stars - 1].length)];
        emitAt(at, e, shopper);
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
            emitAt(at + seconds(random, 0, 6 * 3600), update);
        }
        actAt(at + DAY, () -> changePrices(at + DAY));
    }

    /** Once a day a few items sell out at some hour, each back in stock one to three days later. */
    private void sellOut(long at) {
        for (int i = 0; i < Math.max(1, price.length / 100); i++) {
            int item = journeysRandom.nextInt(price.length);
            long gone = at + seconds(journeysRandom, 0, 12 * 3600);
            long back = gone + seconds(journeysRandom, 86_400, 3 * 86_400);
            int stock = 20 + journeysRandom.nextInt(181);
            if (backInStock[item] >= gone) continue;
            backInStock[item] = back;
            emitAt(gone, stockUpdate(item, 0), true);
            emitAt(back, stockUpdate(item, stock), true);
        }
        actAt(at + DAY, () -> sellOut(at + DAY));
    }

    private static Event stockUpdate(int item, int stock) {
        Event update = new Event();
        update.type = EventType.CATALOGUE_UPDATE;
        update.channel = CATALOGUE_CHANNEL;
        update.itemId = ShopCatalogue.itemId(item);
        update.stock = stock;
        return update;
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

    /** An event of the shopper's; an anonymous visitor's carries the anonymous id, which is also its user id. */
    private Event userEvent(EventType type, Shopper shopper, String channel) {
        Event e = new Event();
        e.type = type;
        e.userId = shopper.anonymousId != null ? shopper.anonymousId : shopper.userId;
        e.anonymousId = shopper.anonymousId;
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
        e.orderId = shopper.visitor ? idPrefix + "xorder-" + (++journeysOrders) : idPrefix + "order-" + (++orders);
        e.lines = List.copyOf(lines);
        return e;
    }
}
