package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.ranking.TestCards.card;

import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.ItemCard;

class ItemIndexTest {
    private final ItemIndex index = new ItemIndex();

    private String[] names(int[] ids) {
        String[] names = new String[ids.length];
        for (int i = 0; i < ids.length; i++) names[i] = index.name(ids[i]);
        return names;
    }

    @Test
    void aCardReplacesTheItemsNeighboursAndNeighboursAreInterned() {
        index.apply(card("A", "B", 0.5, "C", 0.25));
        assertArrayEquals(new String[] {"B", "C"}, names(index.neighbours(index.id("A"))));
        assertArrayEquals(new float[] {0.5f, 0.25f}, index.similarities(index.id("A")));
        assertEquals(3, index.items(), "B and C are known by their ids");
        assertEquals(0, index.neighbours(index.id("B")).length);
        index.apply(card("A", "C", 0.75));
        assertArrayEquals(new String[] {"C"}, names(index.neighbours(index.id("A"))));
        assertEquals(-1, index.id("unknown"));
        assertEquals(0, index.neighbours(-1).length);
    }

    @Test
    void anOlderVersionDoesNotReplaceANewerCard() {
        ItemCard newer = card("A", "B", 0.5);
        newer.version = 3;
        ItemCard older = card("A", "C", 0.5);
        older.version = 2;
        assertTrue(index.apply(newer));
        assertFalse(index.apply(older));
        assertArrayEquals(new String[] {"B"}, names(index.neighbours(index.id("A"))));
    }

    @Test
    void catalogueFactsComeWithTheCard() {
        ItemCard a = card("A");
        a.category = "tea";
        a.price = 4.5;
        a.stock = 0;
        a.learnedReplenishable = true;
        index.apply(a);
        assertEquals("tea", index.category("A"));
        assertEquals(4.5, index.price("A"));
        assertTrue(index.outOfStock("A"));
        assertTrue(index.replenishable("A"));
        a.replenishable = false;
        a.stock = 3;
        index.apply(a);
        assertFalse(index.replenishable("A"), "the catalogue's flag overrides what was learned");
        assertFalse(index.outOfStock("A"));
        assertNull(index.category("unknown"));
        assertNull(index.price("unknown"));
    }

    @Test
    void itGrowsPastItsInitialCapacityAndCountsItsNeighbourEntries() {
        long empty = index.estimatedBytes();
        for (int i = 0; i < 5_000; i++) index.apply(card("item" + i, "item" + (i + 1), 0.5, "item" + (i + 2), 0.25));
        assertEquals(5_002, index.items());
        assertArrayEquals(new String[] {"item4001", "item4002"}, names(index.neighbours(index.id("item4000"))));
        assertTrue(index.estimatedBytes() > empty + 5_000 * 2 * 8);
    }
}
