package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.replenish.Fixtures.lnDays;
import static org.streamrec.engine.replenish.Fixtures.T0;
import static org.streamrec.engine.replenish.Fixtures.observation;

import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

class ItemProfileTest {

    @Test
    void countsBuyersRebuyersAndIntervals() {
        CycleStats s = new CycleStats();
        assertTrue(Double.isNaN(s.meanLogInterval()));
        assertTrue(Double.isNaN(s.repeatRate()));
        s.add(observation("u1", "i", T0, 1, 1, 0, null));
        s.add(observation("u2", "i", T0, 1, 1, 0, null));
        s.add(observation("u1", "i", T0, 1, 2, 4, null));
        s.add(observation("u1", "i", T0, 1, 3, 6, null));
        assertEquals(2, s.buyers);
        assertEquals(1, s.rebuyers);
        assertEquals(0.5, s.repeatRate());
        assertEquals(2, s.intervals);
        assertEquals((lnDays(4) + lnDays(6)) / 2, s.meanLogInterval(), 1e-12);
    }

    @Test
    void catalogueFieldsStickUntilAnUpdateChangesThem() {
        ItemProfile item = new ItemProfile();
        Event update = new Event();
        update.type = EventType.CATALOGUE_UPDATE;
        update.category = "baby";
        update.replenishable = true;
        item.applyCatalogue(update);
        Event priceOnly = new Event();
        priceOnly.type = EventType.CATALOGUE_UPDATE;
        priceOnly.price = 9.99;
        item.applyCatalogue(priceOnly);

        PurchaseObservation o = observation("u1", "formula", T0, 1, 1, 0, null);
        item.observe(o);
        assertEquals("baby", o.category);
        assertEquals(Boolean.TRUE, o.catalogueReplenishable);
        assertEquals(1, o.itemStats.buyers);
    }

    @Test
    void theStampedStatisticsAreASnapshot() {
        ItemProfile item = new ItemProfile();
        PurchaseObservation first = observation("u1", "i", T0, 1, 1, 0, null);
        item.observe(first);
        item.observe(observation("u2", "i", T0, 1, 1, 0, null));
        assertEquals(1, first.itemStats.buyers);
        assertEquals(2, item.stats.buyers);
        assertNull(first.category);
    }
}
