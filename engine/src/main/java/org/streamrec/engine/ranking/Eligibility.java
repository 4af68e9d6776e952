package org.streamrec.engine.ranking;

import java.util.Set;

/**
 * Whether an item may be shown to the user: not excluded (just seen, rated low, shown too often
 * without reaction), in stock, and not already bought unless replenishable (the catalogue's flag,
 * else learned from the stream).
 */
public record Eligibility(Set<String> exclude, Set<String> bought, ItemIndex index) {

    public boolean allows(String itemId) {
        if (exclude.contains(itemId) || index.outOfStock(itemId)) return false;
        return !bought.contains(itemId) || index.replenishable(itemId);
    }
}
