package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.replenish.Fixtures.DAY;
import static org.streamrec.engine.replenish.Fixtures.T0;
import static org.streamrec.engine.replenish.Fixtures.lnDays;
import static org.streamrec.engine.replenish.Fixtures.observation;
import static org.streamrec.engine.replenish.Fixtures.stats;

import org.junit.jupiter.api.Test;

class RepurchaseModelTest {
    private static final double S = 2.0;
    private final RepurchaseModel model = new RepurchaseModel(Fixtures.config(
            "priorStrength", "2.0", "repeatRateThreshold", "0.3").reminders());

    @Test
    void formulaExampleThreeCansAtOneCanAWeekRunOutInThreeWeeks() {
        // Other buyers show one can lasting 7 days; this mother buys 3 cans for the first time.
        PurchaseObservation o = observation("mum", "formula", T0, 3, 1, 0, stats(10, 6, 12, 7));
        RepurchasePrediction p = model.predict(o).orElseThrow();
        assertEquals(7 * DAY, p.unitCycle(), 1e-3);
        assertEquals(T0 + 21 * DAY, p.runOut());
        assertEquals(0.6, p.confidence(), 1e-9, "a first-time buyer is as likely to come back as the item's buyers");
        assertTrue(p.reason().contains("7.0 days"), p.reason());
    }

    @Test
    void ownIntervalsAreShrunkTowardTheItemPrior() {
        PurchaseObservation o = observation("u", "coffee", T0, 1, 3, 10, stats(10, 6, 12, 7));
        RepurchasePrediction p = model.predict(o).orElseThrow();
        double expected = Math.exp((S * lnDays(7) + 2 * lnDays(10)) / (S + 2));
        assertEquals(expected, p.unitCycle(), 1e-3);
        assertEquals(T0 + Math.round(expected), p.runOut());
        assertTrue(p.unitCycle() > 7 * DAY && p.unitCycle() < 10 * DAY);
    }

    @Test
    void theCategoryIsThePriorOfTheItem() {
        PurchaseObservation o = observation("u", "new-coffee", T0, 2, 1, 0, stats(6, 3, 1, 10));
        o.categoryStats = stats(100, 50, 40, 4);
        double itemCycle = Math.exp((S * lnDays(4) + lnDays(10)) / (S + 1));
        assertEquals(itemCycle, model.predict(o).orElseThrow().unitCycle(), 1e-3);

        o.itemStats = stats(6, 3, 0, 0);
        assertEquals(4 * DAY, model.predict(o).orElseThrow().unitCycle(), 1e-3, "an item with no intervals takes its category's cycle");
    }

    @Test
    void repeatRateIsShrunkTowardTheCategory() {
        PurchaseObservation o = observation("u", "i", T0, 1, 1, 0, stats(5, 1, 3, 7));
        assertTrue(model.predict(o).isEmpty(), "1 of 5 buyers came back: below the 0.3 threshold");
        o.categoryStats = stats(100, 60, 80, 7);
        double rate = (1 + S * 0.6) / (5 + S);
        assertEquals(rate, model.predict(o).orElseThrow().confidence(), 1e-9);
    }

    @Test
    void confidenceGrowsWithEveryRepurchase() {
        double previous = 0;
        for (int purchases = 1; purchases <= 6; purchases++) {
            double c = model.predict(observation("u", "i", T0, 1, purchases, 7, stats(10, 4, 8, 7)))
                    .orElseThrow().confidence();
            assertTrue(c > previous, "confidence " + c + " after " + purchases + " purchases");
            assertTrue(c <= 1);
            previous = c;
        }
    }

    @Test
    void learnedReplenishabilityFollowsTheShrunkRepeatRate() {
        assertTrue(model.predict(observation("u", "i", T0, 1, 2, 7, stats(50, 10, 20, 7))).isEmpty(), "repeat rate 0.2");
        assertTrue(model.predict(observation("u", "i", T0, 1, 2, 7, stats(50, 20, 20, 7))).isPresent());

        PurchaseObservation fewBuyers = observation("u", "i", T0, 1, 2, 7, stats(2, 1, 1, 7));
        assertTrue(model.predict(fewBuyers).isPresent(), "1 of 2 buyers came back, nothing else known");
        fewBuyers.categoryStats = stats(100, 5, 5, 7);
        assertTrue(model.predict(fewBuyers).isEmpty(), "(1 + 2 x 0.05) / (2 + 2) < 0.3 in a category nobody rebuys");
    }

    @Test
    void theCatalogueFlagOverridesWhatWasLearned() {
        PurchaseObservation popular = observation("u", "i", T0, 1, 2, 7, stats(50, 40, 40, 7));
        popular.catalogueReplenishable = false;
        assertTrue(model.predict(popular).isEmpty());

        PurchaseObservation rare = observation("u", "j", T0, 1, 1, 0, stats(1, 0, 0, 0));
        rare.categoryStats = stats(3, 0, 2, 5);
        rare.catalogueReplenishable = true;
        RepurchasePrediction p = model.predict(rare).orElseThrow();
        assertEquals(0.3, p.confidence(), 1e-9, "a flagged item repeats at least at the threshold");
        assertEquals(5 * DAY, p.unitCycle(), 1e-3);
    }

    @Test
    void noIntervalAnywhereMeansNoPrediction() {
        PurchaseObservation o = observation("u", "i", T0, 1, 1, 0, stats(1, 0, 0, 0));
        o.catalogueReplenishable = true;
        assertTrue(model.predict(o).isEmpty());
    }
}
