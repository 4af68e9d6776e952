package org.streamrec.engine.ranking;

import java.util.List;
import org.streamrec.config.OfferConfig;
import org.streamrec.engine.model.Offer;
import org.streamrec.engine.model.RankedItem;

/**
 * Picks the item to lead with by expected value = propensity x value x business weight
 * (next-best-action arbitration). Propensity is calibrated by list position: the observed chance
 * that the next interaction is the item at that position ({@link OfferConfig#positionPropensity()}).
 * Value is the catalogue price, or {@link OfferConfig#unknownValue()} when the price is unknown.
 */
public final class OfferSelector {
    private OfferSelector() {}

    /** @param businessWeight an item's weight from the business rules, given its id and category */
    public static Offer choose(List<RankedItem> ranked, ItemIndex catalogue, BusinessWeight businessWeight, OfferConfig config) {
        List<Double> propensity = config.positionPropensity();
        Offer best = null;
        for (int k = 0; k < ranked.size(); k++) {
            String itemId = ranked.get(k).itemId;
            Double price = catalogue.price(itemId);
            Offer o = new Offer();
            o.itemId = itemId;
            o.propensity = propensity.get(Math.min(k, propensity.size() - 1));
            o.value = price != null ? price : config.unknownValue();
            o.businessWeight = businessWeight.of(itemId, catalogue.category(itemId));
            o.expectedValue = o.propensity * o.value * o.businessWeight;
            if (best == null || o.expectedValue > best.expectedValue) best = o;
        }
        if (best != null) {
            best.reason = "highest expected value: propensity " + FixedDecimals.of(best.propensity, 3)
                    + " x value " + FixedDecimals.of(best.value, 2) + " x business weight " + FixedDecimals.of(best.businessWeight, 2);
        }
        return best;
    }

    /** The business weight of an item. */
    public interface BusinessWeight {
        double of(String itemId, String category);
    }
}
