package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

class CatalogueItemTest {

    private static Event update() {
        Event e = new Event();
        e.type = EventType.CATALOGUE_UPDATE;
        e.itemId = "A";
        return e;
    }

    private static CatalogueItem full() {
        CatalogueItem item = new CatalogueItem();
        item.category = "milk";
        item.brand = "acme";
        item.price = 10.0;
        item.stock = 5;
        item.replenishable = true;
        return item;
    }

    @Test
    void aPartialUpdateChangesOnlyTheFieldsItCarries() {
        Event priceDrop = update();
        priceDrop.price = 8.0;
        CatalogueItem before = full();
        CatalogueItem after = before.updatedBy(priceDrop);
        assertEquals(8.0, after.price);
        assertEquals("milk", after.category);
        assertEquals("acme", after.brand);
        assertEquals(5, after.stock);
        assertEquals(true, after.replenishable);
        assertEquals(10.0, before.price, "the old item is left as it was");
    }

    @Test
    void everyFieldCanBeUpdated() {
        Event e = update();
        e.category = "cheese";
        e.brand = "other";
        e.price = 3.0;
        e.stock = 0;
        e.replenishable = false;
        CatalogueItem after = full().updatedBy(e);
        assertEquals("cheese", after.category);
        assertEquals("other", after.brand);
        assertEquals(3.0, after.price);
        assertEquals(0, after.stock);
        assertEquals(false, after.replenishable);
    }

    @Test
    void aNewItemKeepsUnsetFieldsNull() {
        Event stockOnly = update();
        stockOnly.stock = 2;
        CatalogueItem item = new CatalogueItem().updatedBy(stockOnly);
        assertEquals(2, item.stock);
        assertNull(item.price);
        assertNull(item.replenishable);
    }

    @Test
    void outOfStockOnlyWhenStockIsKnownAndNotPositive() {
        CatalogueItem item = new CatalogueItem();
        assertFalse(item.outOfStock());
        item.stock = 1;
        assertFalse(item.outOfStock());
        item.stock = 0;
        assertTrue(item.outOfStock());
        item.stock = -1;
        assertTrue(item.outOfStock());
    }
}
