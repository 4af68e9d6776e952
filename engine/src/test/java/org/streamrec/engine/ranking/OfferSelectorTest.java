package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Offer;
import org.streamrec.engine.model.RankedItem;

class OfferSelectorTest {
    private final Map<String, CatalogueItem> catalogue = new HashMap<>();
    private final List<RankedItem> ranked = List.of(new RankedItem("A", 3, "r"), new RankedItem("B", 1, "r"));

    private void price(String itemId, Double price) {
        CatalogueItem item = new CatalogueItem();
        item.price = price;
        catalogue.put(itemId, item);
    }

    @Test
    void leadsWithTheHighestPropensityTimesPrice() {
        price("A", 10.0);
        price("B", 50.0);
        // A: 3/4 x 10 = 7.5; B: 1/4 x 50 = 12.5
        Offer offer = OfferSelector.choose(ranked, catalogue::get);
        assertEquals("B", offer.itemId);
        assertEquals(0.25, offer.propensity, 1e-12);
        assertEquals(50.0, offer.value, 1e-12);
        assertEquals(1.0, offer.businessWeight, 1e-12);
        assertEquals(12.5, offer.expectedValue, 1e-12);
        assertEquals("highest expected value: propensity 0.25 x value 50.00", offer.reason);
    }

    @Test
    void aCheaperItemWinsWhenItsPropensityOutweighs() {
        price("A", 20.0);
        price("B", 50.0);
        // A: 3/4 x 20 = 15; B: 12.5
        assertEquals("A", OfferSelector.choose(ranked, catalogue::get).itemId);
    }

    @Test
    void missingPriceCountsAsOne() {
        price("B", null);
        // A unknown, B unpriced: both valued 1, so propensity decides
        Offer offer = OfferSelector.choose(ranked, catalogue::get);
        assertEquals("A", offer.itemId);
        assertEquals(1.0, offer.value);
        assertEquals(0.75, offer.expectedValue, 1e-12);

        price("B", 4.0);
        // B: 1/4 x 4 = 1 beats A: 3/4 x 1
        assertEquals("B", OfferSelector.choose(ranked, catalogue::get).itemId);
    }

    @Test
    void nothingRankedNothingOffered() {
        assertNull(OfferSelector.choose(List.of(), catalogue::get));
    }
}
