package org.streamrec.tools.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.config.SyntheticShopConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.OrderLine;

class SyntheticShopTest {
    private static final EventCodec CODEC = EventCodec.of(ConfigLoader.defaults());
    private static SyntheticShopConfig config;
    private static SyntheticShop shop;
    private static List<Event> events;
    private static List<Event> purchases;

    private static SyntheticShopConfig config(String seed, String maxEvents) {
        return LaunchConfig.load(null, Map.of(
                "syntheticShop.users", "300",
                "syntheticShop.items", "200",
                "syntheticShop.categories", "10",
                "syntheticShop.duration", "60d",
                "syntheticShop.seed", seed,
                "syntheticShop.maxEvents", maxEvents)).tools().syntheticShop();
    }

    @BeforeAll
    static void generate() {
        config = config("42", "0");
        shop = new SyntheticShop(config);
        events = shop.stream().toList();
        purchases = events.stream().filter(e -> e.type == EventType.PURCHASE).toList();
    }

    private static List<String> wire(List<Event> events) {
        return events.stream().map(e -> new String(CODEC.encode(e), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        assertEquals(wire(events), wire(new SyntheticShop(config).stream().toList()));
        List<String> other = wire(new SyntheticShop(config("43", "0")).stream().limit(2000).toList());
        assertNotEquals(wire(events.subList(0, 2000)), other);
    }

    @Test
    void opensWithOneCatalogueUpdatePerItem() {
        List<ShopItem> items = shop.items();
        assertEquals(200, items.size());
        for (int i = 0; i < items.size(); i++) {
            Event e = events.get(i);
            ShopItem item = items.get(i);
            assertEquals(EventType.CATALOGUE_UPDATE, e.type);
            assertEquals(item.itemId(), e.itemId);
            assertEquals(item.category(), e.category);
            assertEquals(item.brand(), e.brand);
            assertEquals(item.price(), e.price);
            assertEquals(item.stock(), e.stock);
            assertEquals(item.replenishable(), e.replenishable);
            assertEquals(item.replenishable(), item.daysPerUnit() > 0);
        }
        assertEquals(200, items.stream().map(ShopItem::itemId).distinct().count());
        assertTrue(items.stream().anyMatch(ShopItem::replenishable) && items.stream().anyMatch(i -> !i.replenishable()));
    }

    @Test
    void eventsAreInTimeOrderWithinTheWindowWithUniqueIds() {
        long start = config.startTime().toEpochMilli();
        long end = start + config.duration().toMillis();
        Set<String> ids = new HashSet<>();
        long previous = start;
        for (Event e : events) {
            assertTrue(e.eventTime >= previous, () -> "out of order: " + e);
            assertTrue(e.eventTime <= end, () -> "after the end: " + e);
            assertTrue(ids.add(e.eventId), () -> "duplicate id: " + e.eventId);
            previous = e.eventTime;
        }
        assertTrue(events.get(events.size() - 1).eventTime > end - Duration.ofDays(1).toMillis(), "runs to the end");
        assertEquals(purchases.size(), purchases.stream().map(e -> e.orderId).distinct().count(), "order ids unique");
    }

    @Test
    void everyEventKeepsTheWireContract() {
        long now = events.get(events.size() - 1).eventTime;
        for (Event e : events) {
            byte[] wire = CODEC.encode(e);
            IngestRecord back = CODEC.decode(wire, "recs.events", 0, 0, now);
            assertNull(back.deadLetter, () -> back.deadLetter.reason + ": " + e);
            assertEquals(new String(wire, StandardCharsets.UTF_8),
                    new String(CODEC.encode(back.event), StandardCharsets.UTF_8), "nothing lost on the wire");
        }
    }

    @Test
    void hasEveryKindOfBehaviourInPlausibleProportions() {
        Map<EventType, Long> count = new EnumMap<>(EventType.class);
        for (Event e : events) count.merge(e.type, 1L, Long::sum);
        long views = count.get(EventType.VIEW);
        for (EventType rare : List.of(EventType.ADD_TO_CART, EventType.REMOVE_FROM_CART, EventType.FAVOURITE,
                EventType.SEARCH, EventType.PURCHASE, EventType.RATING, EventType.REVIEW, EventType.IMPRESSION)) {
            long n = count.getOrDefault(rare, 0L);
            assertTrue(n > 0 && n < views / 4, rare + ": " + n + " against " + views + " views");
        }
        assertEquals(300 + count.get(EventType.IDENTIFY), count.get(EventType.CONSENT),
                "one consent answer per shopper, and per visitor once logged in");
        assertTrue(count.get(EventType.CATALOGUE_UPDATE) > 200, "prices change after opening");
        assertFalse(count.containsKey(EventType.FORGET_USER));
    }

    @Test
    void cartsFollowViewsOfTheSameItem() {
        Map<String, Long> lastView = new HashMap<>();
        int carts = 0;
        for (Event e : events) {
            String key = e.userId + "|" + e.itemId;
            if (e.type == EventType.VIEW) lastView.put(key, e.eventTime);
            if (e.type == EventType.ADD_TO_CART) {
                carts++;
                Long viewed = lastView.get(key);
                assertTrue(viewed != null && e.eventTime - viewed < Duration.ofHours(1).toMillis(), () -> "cart without view: " + e);
            }
        }
        assertTrue(carts > 100);
    }

    @Test
    void pricesPaidAreTheCataloguePricesOfTheMoment() {
        Map<String, Double> price = new HashMap<>();
        for (Event e : events) {
            if (e.type == EventType.CATALOGUE_UPDATE && e.price != null) price.put(e.itemId, e.price);
            if (e.type == EventType.PURCHASE) {
                for (OrderLine line : e.lines) {
                    assertEquals(price.get(line.itemId), line.unitPrice, () -> "price of " + line + " in " + e);
                    assertTrue(line.quantity > 0);
                }
            }
        }
    }

    @Test
    void popularityIsSkewed() {
        Map<String, Long> views = events.stream().filter(e -> e.type == EventType.VIEW)
                .collect(Collectors.groupingBy(e -> e.itemId, Collectors.counting()));
        List<Long> sorted = views.values().stream().sorted(Comparator.reverseOrder()).toList();
        long total = sorted.stream().mapToLong(Long::longValue).sum();
        long topTenth = sorted.stream().limit(shop.items().size() / 10).mapToLong(Long::longValue).sum();
        // Evenly spread views would give the top tenth of the items a tenth of the views.
        assertTrue(topTenth > 0.5 * total, "top 10% of items got " + topTenth + " of " + total + " views");
    }

    @Test
    void bundleItemsAreBoughtTogether() {
        List<Set<String>> orders = purchases.stream()
                .map(e -> e.lines.stream().map(l -> l.itemId).collect(Collectors.toSet())).toList();
        assertFalse(shop.bundles().isEmpty());
        Set<String> inBundles = new HashSet<>();
        for (List<String> bundle : shop.bundles()) {
            inBundles.addAll(bundle);
            for (String item : bundle) {
                List<Set<String>> withItem = orders.stream().filter(o -> o.contains(item)).toList();
                long withPartner = withItem.stream()
                        .filter(o -> bundle.stream().anyMatch(p -> !p.equals(item) && o.contains(p))).count();
                assertTrue(withItem.size() >= 5 && withPartner > 0.5 * withItem.size(),
                        item + " of " + bundle + ": " + withPartner + " of " + withItem.size() + " orders with a partner");
            }
        }
        // For comparison: no other item is bought with any one item nearly as often.
        Map<String, Long> bought = orders.stream().flatMap(Set::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (var e : bought.entrySet()) {
            if (inBundles.contains(e.getKey()) || e.getValue() < 10) continue;
            Map<String, Long> together = orders.stream().filter(o -> o.contains(e.getKey())).flatMap(Set::stream)
                    .filter(other -> !other.equals(e.getKey()))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            long most = together.values().stream().max(Long::compare).orElse(0L);
            assertTrue(most < 0.4 * e.getValue(), e.getKey() + " bought " + e.getValue() + " times, " + most + " with one item");
        }
    }

    @Test
    void consumablesAreBoughtAgainAboutWhenTheyRunOut() {
        Map<String, ShopItem> items = shop.items().stream().collect(Collectors.toMap(ShopItem::itemId, i -> i));
        Map<String, List<long[]>> history = new HashMap<>();
        for (Event e : purchases) {
            for (OrderLine line : e.lines) {
                if (!items.get(line.itemId).replenishable()) continue;
                history.computeIfAbsent(e.userId + "|" + line.itemId, k -> new ArrayList<>())
                        .add(new long[] {e.eventTime, line.quantity});
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (var h : history.entrySet()) {
            double daysPerUnit = items.get(h.getKey().split("\\|")[1]).daysPerUnit();
            List<long[]> buys = h.getValue();
            for (int i = 1; i < buys.size(); i++) {
                double expected = buys.get(i - 1)[1] * daysPerUnit * Duration.ofDays(1).toMillis();
                ratios.add((buys.get(i)[0] - buys.get(i - 1)[0]) / expected);
            }
        }
        Collections.sort(ratios);
        assertTrue(ratios.size() > 200, "repurchases: " + ratios.size());
        double median = ratios.get(ratios.size() / 2);
        assertTrue(median > 0.9 && median < 1.1, "interval / (quantity x days per unit), median " + median);
        long near = ratios.stream().filter(r -> r > 0.7 && r < 1.4).count();
        assertTrue(near > 0.8 * ratios.size(), near + " of " + ratios.size() + " repurchases near the expected time");
    }

    @Test
    void visitorsBrowseAnonymouslyThenLogInOnceAndShopAsCustomers() {
        Map<String, String> loggedInAs = new HashMap<>();
        Set<String> anonymousBefore = new HashSet<>();
        for (Event e : events) {
            if (e.type == EventType.IDENTIFY) {
                assertTrue(anonymousBefore.contains(e.anonymousId), () -> "identify without anonymous history: " + e);
                assertNull(loggedInAs.put(e.anonymousId, e.userId), "one login per anonymous id");
            } else if (e.anonymousId != null) {
                assertEquals(e.anonymousId, e.userId, "an anonymous event's user id is its anonymous id");
                assertFalse(loggedInAs.containsKey(e.anonymousId), () -> "anonymous again after login: " + e);
                anonymousBefore.add(e.anonymousId);
                assertTrue(e.type != EventType.CONSENT && e.type != EventType.PURCHASE, () -> "logged in only: " + e);
            }
        }
        assertTrue(loggedInAs.size() >= 30, "most of the 60 visitors log in: " + loggedInAs.size());
        Set<String> customers = new HashSet<>(loggedInAs.values());
        assertTrue(events.stream().anyMatch(e -> e.type == EventType.PURCHASE && customers.contains(e.userId)));
    }

    @Test
    void itemsSellOutAndComeBackAndSomeOrdersAreDelayed() {
        Map<String, Long> soldOutAt = new HashMap<>();
        int restocks = 0;
        for (Event e : events) {
            if (e.type != EventType.CATALOGUE_UPDATE || e.stock == null || e.eventTime == config.startTime().toEpochMilli()) continue;
            if (e.stock == 0) {
                soldOutAt.put(e.itemId, e.eventTime);
            } else if (soldOutAt.containsKey(e.itemId)) {
                long days = (e.eventTime - soldOutAt.remove(e.itemId)) / Duration.ofHours(1).toMillis();
                assertTrue(days >= 24 && days <= 72, "back within one to three days: " + days + "h");
                restocks++;
            }
        }
        assertTrue(restocks > 50, "restocks: " + restocks);
        Map<String, Event> ordersById = purchases.stream().collect(Collectors.toMap(e -> e.orderId, e -> e));
        List<Event> incidents = events.stream().filter(e -> e.type == EventType.SERVICE_INCIDENT).toList();
        assertTrue(incidents.size() > 20 && incidents.size() < purchases.size() / 10, "incidents: " + incidents.size());
        for (Event i : incidents) {
            Event order = ordersById.get(i.orderId);
            assertEquals(order.userId, i.userId);
            assertTrue(i.eventTime >= order.eventTime + Duration.ofDays(1).toMillis(), "delayed a day or more");
            assertEquals("order_delayed", i.incident);
        }
    }

    @Test
    void theJourneysEventsAreNumberedApart() {
        for (Event e : events) {
            boolean journeys = e.type == EventType.IDENTIFY || e.type == EventType.SERVICE_INCIDENT || e.anonymousId != null;
            if (journeys) assertTrue(e.eventId.startsWith("syn42-x"), e::toString);
        }
    }

    @Test
    void maxEventsStopsTheStreamEarly() {
        assertEquals(1000, new SyntheticShop(config("42", "1000")).stream().count());
    }
}
