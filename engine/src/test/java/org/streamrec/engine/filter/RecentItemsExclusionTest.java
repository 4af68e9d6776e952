package org.streamrec.engine.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

class RecentItemsExclusionTest {

    private static Event event(EventType type, String item) {
        Event e = new Event();
        e.type = type;
        e.userId = "u";
        e.itemId = item;
        return e;
    }

    private static Event purchase(String... items) {
        Event e = event(EventType.PURCHASE, null);
        e.lines = Arrays.stream(items).map(i -> new OrderLine(i, 1, 0)).toList();
        return e;
    }

    @Test
    void excludesTheItemsOfTheLastTwoEventsOnly() {
        RecentItemsExclusion rule = new RecentItemsExclusion(2);
        rule.observe(event(EventType.VIEW, "a"));
        rule.observe(event(EventType.VIEW, "b"));
        assertEquals(Set.of("a", "b"), rule.excludedItems());
        rule.observe(event(EventType.ADD_TO_CART, "c"));
        assertFalse(rule.excludes("a"), "a is three events back");
        assertTrue(rule.excludes("b"));
        assertTrue(rule.excludes("c"));
        assertEquals(2, rule.latestEventOf.size(), "items older than N events are forgotten");
    }

    @Test
    void anItemSeenAgainStaysExcludedFromItsLatestEvent() {
        RecentItemsExclusion rule = new RecentItemsExclusion(2);
        rule.observe(event(EventType.VIEW, "a"));
        rule.observe(event(EventType.VIEW, "b"));
        rule.observe(event(EventType.VIEW, "a"));
        rule.observe(event(EventType.VIEW, "c"));
        assertEquals(Set.of("a", "c"), rule.excludedItems());
    }

    @Test
    void allLinesOfAPurchaseAreOneEvent() {
        RecentItemsExclusion rule = new RecentItemsExclusion(2);
        rule.observe(purchase("a", "b", "c"));
        rule.observe(event(EventType.VIEW, "d"));
        assertEquals(Set.of("a", "b", "c", "d"), rule.excludedItems());
        rule.observe(event(EventType.VIEW, "e"));
        assertEquals(Set.of("d", "e"), rule.excludedItems());
    }

    @Test
    void eventsWithoutItemsNeitherCountNorPushItemsOut() {
        RecentItemsExclusion rule = new RecentItemsExclusion(1);
        rule.observe(event(EventType.VIEW, "a"));
        rule.observe(event(EventType.SEARCH, null));
        Event impression = event(EventType.IMPRESSION, null);
        impression.items = List.of("x", "y");
        rule.observe(impression);
        assertEquals(Set.of("a"), rule.excludedItems());
    }

    @Test
    void zeroExcludesNothingAndNegativeIsRejected() {
        RecentItemsExclusion rule = new RecentItemsExclusion(0);
        rule.observe(event(EventType.VIEW, "a"));
        assertFalse(rule.excludes("a"));
        assertTrue(rule.latestEventOf.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new RecentItemsExclusion(-1));
    }

    @Test
    void purchaseItemsAreDistinctInLineOrder() {
        assertEquals(List.of("b", "a"), EventItems.of(purchase("b", "a", "b")));
        assertEquals(List.of("v"), EventItems.of(event(EventType.VIEW, "v")));
        assertEquals(List.of(), EventItems.of(event(EventType.CATALOGUE_UPDATE, "v")));
    }
}
