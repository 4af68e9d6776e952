package org.streamrec.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.streamrec.config.ActionWeights;
import org.streamrec.engine.model.EventType;

class ActionWeightingTest {
    private static final ActionWeights W = new ActionWeights(1, 1.5, 2, 3, -1, 5);

    private static double weightOf(EventType type) {
        return ActionWeighting.weight(TestEvents.on(type, "u", "i", 0), W);
    }

    @Test
    void eachActionHasItsConfiguredWeight() {
        assertEquals(1, weightOf(EventType.VIEW));
        assertEquals(1.5, weightOf(EventType.SEARCH));
        assertEquals(2, weightOf(EventType.FAVOURITE));
        assertEquals(3, weightOf(EventType.ADD_TO_CART));
        assertEquals(-1, weightOf(EventType.REMOVE_FROM_CART));
        assertEquals(5, weightOf(EventType.PURCHASE));
    }

    @Test
    void starsMapOntoThePurchaseWeightAroundNeutralThree() {
        // purchase x (stars - 3) / 2
        assertEquals(5, ActionWeighting.weight(TestEvents.rating("u", "i", 5, 0), W));
        assertEquals(2.5, ActionWeighting.weight(TestEvents.rating("u", "i", 4, 0), W));
        assertEquals(0, ActionWeighting.weight(TestEvents.rating("u", "i", 3, 0), W));
        assertEquals(-5, ActionWeighting.weight(TestEvents.rating("u", "i", 1, 0), W));
        var review = TestEvents.on(EventType.REVIEW, "u", "i", 0);
        review.rating = 2;
        assertEquals(-2.5, ActionWeighting.weight(review, W));
    }

    @Test
    void eventsThatSayNothingAboutTasteWeighNothing() {
        assertEquals(0, weightOf(EventType.IMPRESSION));
        assertEquals(0, weightOf(EventType.CONSENT));
    }

    @Test
    void describesActionsForShoppers() {
        assertEquals("added to cart", ActionWeighting.describe(TestEvents.on(EventType.ADD_TO_CART, "u", "i", 0)));
        assertEquals("bought", ActionWeighting.describe(TestEvents.on(EventType.PURCHASE, "u", "i", 0)));
        assertEquals("impression", ActionWeighting.describe(TestEvents.on(EventType.IMPRESSION, "u", "i", 0)));
    }
}
