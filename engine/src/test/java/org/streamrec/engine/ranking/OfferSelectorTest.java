package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.config.OfferConfig;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Offer;
import org.streamrec.engine.model.RankedItem;

/** Position 1 has propensity 0.4, position 2 and beyond 0.1. */
class OfferSelectorTest {
    private static final OfferConfig CONFIG = new OfferConfig(List.of(0.4, 0.1), 1.0);
    private final ItemIndex catalogue = new ItemIndex();
    private final List<RankedItem> ranked = List.of(new RankedItem("A", 3, "r", RankedItem.SIMILAR),
            new RankedItem("B", 1, "r", RankedItem.SIMILAR), new RankedItem("C", 0.5, "r", RankedItem.SIMILAR));
    private final List<BusinessRule> rules = new java.util.ArrayList<>();

    private void item(String itemId, Double price, String category) {
        var card = TestCards.card(itemId);
        card.price = price;
        card.category = category;
        catalogue.apply(card);
    }

    private Offer choose() {
        return OfferSelector.choose(ranked, catalogue, (id, category) -> BusinessWeights.of(rules, id, category), CONFIG);
    }

    private static BusinessRule rule(String scope, String target, List<String> items, double weight) {
        return TestRules.rule(scope + target, scope, target, items, weight);
    }

    @Test
    void leadsWithTheHighestPositionPropensityTimesPrice() {
        item("A", 10.0, null);
        item("B", 50.0, null);
        item("C", 30.0, null);
        // A: 0.4 x 10 = 4; B: 0.1 x 50 = 5; C: 0.1 x 30 = 3
        Offer offer = choose();
        assertEquals("B", offer.itemId);
        assertEquals(0.1, offer.propensity, 1e-12);
        assertEquals(50.0, offer.value, 1e-12);
        assertEquals(1.0, offer.businessWeight, 1e-12);
        assertEquals(5.0, offer.expectedValue, 1e-12);
        assertEquals("highest expected value: propensity 0.100 x value 50.00 x business weight 1.00", offer.reason);
    }

    @Test
    void unknownPriceTakesTheConfiguredValue() {
        item("B", 3.0, null);
        // A, C unknown: 0.4 x 1 = 0.4 beats B: 0.1 x 3
        assertEquals("A", choose().itemId);
        item("B", 5.0, null);
        assertEquals("B", choose().itemId);
    }

    @Test
    void businessRulesMultiplyAndCanBeWithdrawn() {
        item("A", 10.0, "tea");
        item("B", 10.0, "coffee");
        item("C", 10.0, "tea");
        rules.add(rule("category", "coffee", null, 3));
        assertEquals("A", choose().itemId, "B: 0.1 x 10 x 3 = 3 < A: 4");
        rules.add(rule("campaign", null, List.of("B", "X"), 2));
        Offer offer = choose();
        assertEquals("B", offer.itemId, "B: 0.1 x 10 x 6 = 6");
        assertEquals(6.0, offer.businessWeight, 1e-12);
        rules.add(rule("item", "C", null, 7));
        assertEquals("C", choose().itemId, "C: 0.1 x 10 x 7 = 7");
        rules.get(2).active = false;
        assertEquals("B", choose().itemId);
    }

    @Test
    void nothingRankedNothingOffered() {
        assertNull(OfferSelector.choose(List.of(), catalogue, (id, c) -> 1.0, CONFIG));
    }
}
