package org.streamrec.engine.ranking;

import java.util.Set;
import java.util.function.Function;

/**
 * Whether an item may be shown to the user: not excluded (recent, rated low, shown too often
 * without reaction), in stock, and not already bought unless replenishable (the catalogue's flag, else learned from the stream).
 */
public record Eligibility(Set<String> exclude, Set<String> bought, Function<String, CatalogueItem> catalogue) {

    public boolean allows(String itemId) {
        if (exclude.contains(itemId)) return false;
        CatalogueItem item = catalogue.apply(itemId);
        if (item != null && item.outOfStock()) return false;
        return !bought.contains(itemId) || (item != null && item.isReplenishable());
    }
}
