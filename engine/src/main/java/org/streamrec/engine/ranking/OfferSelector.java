package org.streamrec.engine.ranking;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.streamrec.engine.model.Offer;
import org.streamrec.engine.model.RankedItem;

/**
 * Picks the item to lead with by expected value = propensity x value (next-best-action
 * arbitration). Propensity is the item's share of the list's total score; value is the catalogue
 * price, or 1 when the price is unknown so that unpriced items compete on propensity alone.
 */
public final class OfferSelector {
    private OfferSelector() {}

    public static Offer choose(List<RankedItem> ranked, Function<String, CatalogueItem> catalogue) {
        double total = ranked.stream().mapToDouble(r -> r.score).sum();
        Offer best = null;
        for (RankedItem r : ranked) {
            CatalogueItem item = catalogue.apply(r.itemId);
            Offer o = new Offer();
            o.itemId = r.itemId;
            o.propensity = total > 0 ? r.score / total : 0;
            o.value = item != null && item.price != null ? item.price : 1.0;
            o.businessWeight = 1.0;
            o.expectedValue = o.propensity * o.value * o.businessWeight;
            if (best == null || o.expectedValue > best.expectedValue) best = o;
        }
        if (best != null) {
            best.reason = String.format(Locale.ROOT, "highest expected value: propensity %.2f x value %.2f", best.propensity, best.value);
        }
        return best;
    }
}
