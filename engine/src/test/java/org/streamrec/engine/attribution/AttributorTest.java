package org.streamrec.engine.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.config.AttributionConfig;
import org.streamrec.config.AttributionConfig.ExposureSource;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

class AttributorTest {
    private static final long WINDOW = Duration.ofHours(1).toMillis();

    private final ShopperAttribution table = new ShopperAttribution();
    private final List<ShownList> recent = new ArrayList<>();
    private final List<String> converted = new ArrayList<>();
    private int events;

    private static Attributor attributor(ExposureSource exposure) {
        return new Attributor(new AttributionConfig(Duration.ofMillis(WINDOW), exposure, 3, 10));
    }

    @Test
    void creditsEachActionOnceToTheListThatShowedTheItem() throws Exception {
        Attributor a = attributor(ExposureSource.LISTS);
        assertTrue(a.listEmitted(Shown.list("u1", "L1", "cooc-v1", 1_000, "a", "b"), table, recent));

        Attribution click = only(a.action(event(EventType.VIEW, 2_000, "b"), table, converted)).attribution();
        assertEquals("L1:b:click", click.attributionId);
        assertEquals("click", click.action);
        assertEquals("list", click.kind);
        assertEquals("cooc-v1", click.variant);
        assertEquals(2, click.position);
        assertEquals(1_000, click.exposedAt);
        assertEquals(0, a.action(event(EventType.VIEW, 2_500, "b"), table, converted).size(), "a second click earns nothing");
        assertEquals("cart", only(a.action(event(EventType.ADD_TO_CART, 2_600, "b"), table, converted)).attribution().action);

        Attributor.Credit bought = only(a.action(purchase(3_000, new OrderLine("b", 2, 5.0)), table, converted));
        assertEquals("L1:b:purchase", bought.attribution().attributionId);
        assertEquals(10.0, bought.attribution().revenue);
        assertEquals(2, bought.attribution().quantity);
        assertTrue(bought.firstPurchaseOfList());
        Attributor.Credit second = only(a.action(purchase(3_100, new OrderLine("a", 1, 3.0)), table, converted));
        assertFalse(second.firstPurchaseOfList(), "the list already earned a purchase");
        assertEquals(0, a.action(purchase(3_200, new OrderLine("b", 1, 5.0)), table, converted).size(), "bought again: no second credit");
    }

    @Test
    void onlyActionsAfterTheExposureAndWithinTheWindowCount() throws Exception {
        Attributor a = attributor(ExposureSource.LISTS);
        a.listEmitted(Shown.list("u1", "L1", "v", 10_000, "a", "b", "c"), table, recent);
        assertEquals(0, a.action(event(EventType.VIEW, 9_999, "a"), table, converted).size(), "before the list");
        assertEquals(0, a.action(event(EventType.VIEW, 10_000, "a"), table, converted).size(), "the list's own trigger");
        assertEquals(1, a.action(event(EventType.VIEW, 10_000 + WINDOW, "b"), table, converted).size(), "at the window's end");
        assertEquals(0, a.action(event(EventType.VIEW, 10_001 + WINDOW, "c"), table, converted).size(), "after it");
        assertEquals(0, a.action(event(EventType.VIEW, 11_000, "z"), table, converted).size(), "never shown");
    }

    @Test
    void theLatestListThatShowedTheItemGetsTheCredit() throws Exception {
        Attributor a = attributor(ExposureSource.LISTS);
        a.listEmitted(Shown.list("u1", "L1", "v", 1_000, "a"), table, recent);
        a.listEmitted(Shown.list("u1", "L2", "v", 2_000, "x", "a"), table, recent);
        Attribution credit = only(a.action(purchase(3_000, new OrderLine("a", 1, 1.0)), table, converted)).attribution();
        assertEquals("L2", credit.listId);
        assertEquals(2, credit.position);
    }

    @Test
    void theSameListShownAgainKeepsWhatItWasCredited() throws Exception {
        Attributor a = attributor(ExposureSource.LISTS);
        a.listEmitted(Shown.list("u1", "L1", "v", 1_000, "a"), table, recent);
        assertEquals(1, a.action(event(EventType.VIEW, 2_000, "a"), table, converted).size());
        a.listEmitted(Shown.list("u1", "L1", "v", 1_000, "a"), table, recent); // delivered twice (at-least-once)
        assertEquals(0, a.action(event(EventType.VIEW, 2_100, "a"), table, converted).size());
    }

    @Test
    void withImpressionsOnlyShownItemsCountFromTheImpressionOn() throws Exception {
        Attributor a = attributor(ExposureSource.IMPRESSIONS);
        assertFalse(a.listEmitted(Shown.list("u1", "L1", "v", 1_000, "a", "b"), table, recent));
        a.listEmitted(Shown.list("u1", "L2", "v", 2_000, "b", "c"), table, recent);
        assertEquals(0, a.action(event(EventType.VIEW, 2_500, "a"), table, converted).size(), "emitted, never shown");

        List<ShownList> shown = a.impression(impression(3_000, "a", "b", "q"), table, recent);
        assertEquals(List.of("L1", "L2"), shown.stream().map(l -> l.listId).toList(), "a from L1, b from the later L2, q from none");
        Attribution a1 = only(a.action(event(EventType.VIEW, 3_500, "a"), table, converted)).attribution();
        assertEquals("L1", a1.listId);
        assertEquals(3_000, a1.exposedAt, "shown at the impression");
        assertEquals("L2", only(a.action(event(EventType.VIEW, 3_500, "b"), table, converted)).attribution().listId);
        assertEquals(0, a.impression(impression(500, "a"), table, recent).size(), "no list existed yet at 500");
    }

    @Test
    void keepsOnlyTheMostRecentListsForImpressions() throws Exception {
        Attributor a = attributor(ExposureSource.IMPRESSIONS);
        for (int i = 1; i <= 5; i++) a.listEmitted(Shown.list("u1", "L" + i, "v", i * 100, "i" + i), table, recent);
        assertEquals(List.of("L3", "L4", "L5"), recent.stream().map(l -> l.listId).toList());
    }

    @Test
    void remindersAreCreditedTheSameWay() throws Exception {
        Attributor a = attributor(ExposureSource.IMPRESSIONS);
        a.reminderSent(Shown.reminder("u1", "R1", 5_000, "tea"), "holdout", table);

        Attribution credit = only(a.action(purchase(6_000, new OrderLine("tea", 3, 2.5)), table, converted)).attribution();
        assertEquals("reminder", credit.kind);
        assertEquals("R1", credit.listId);
        assertEquals("holdout", credit.variant);
        assertEquals(0, credit.position);
        assertEquals(7.5, credit.revenue);
    }

    @Test
    void linesOfOneItemEarnOneCreditWithTheirWholeRevenue() throws Exception {
        Attributor a = attributor(ExposureSource.LISTS);
        a.listEmitted(Shown.list("u1", "L1", "v", 1_000, "a"), table, recent);
        Event order = purchase(2_000, new OrderLine("a", 1, 4.0), new OrderLine("a", 2, 3.0), new OrderLine("z", 1, 9.0));
        Attribution credit = only(a.action(order, table, converted)).attribution();
        assertEquals(3, credit.quantity);
        assertEquals(10.0, credit.revenue, 1e-9);
        assertEquals(19.0, Attributor.orderValue(order), 1e-9);
    }

    private static <T> T only(List<T> values) {
        assertEquals(1, values.size(), values.toString());
        return values.get(0);
    }

    private Event event(EventType type, long time, String item) {
        Event e = new Event();
        e.eventId = "e" + (++events);
        e.type = type;
        e.userId = "u1";
        e.eventTime = time;
        e.itemId = item;
        return e;
    }

    private Event purchase(long time, OrderLine... lines) {
        Event e = event(EventType.PURCHASE, time, null);
        e.orderId = "o" + events;
        e.lines = List.of(lines);
        return e;
    }

    private Event impression(long time, String... items) {
        Event e = event(EventType.IMPRESSION, time, null);
        e.items = List.of(items);
        return e;
    }
}
