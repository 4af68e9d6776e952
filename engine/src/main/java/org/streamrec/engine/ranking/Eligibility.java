package org.streamrec.engine.ranking;

import java.util.Arrays;

/**
 * Whether an item may be shown to the user: not excluded (just seen, rated low, shown too often
 * without reaction), in stock, and not already bought unless replenishable (the catalogue's flag,
 * else learned from the stream). Asked for every candidate, so it works on the index's int ids.
 */
public final class Eligibility {
    private final ItemIndex index;
    private final int[] excluded;
    private final int[] bought;

    private Eligibility(ItemIndex index, int[] excluded, int[] bought) {
        this.index = index;
        this.excluded = excluded;
        this.bought = bought;
    }

    public static Eligibility of(String[] exclude, String[] bought, ItemIndex index) {
        return new Eligibility(index, ids(exclude, index), ids(bought, index));
    }

    public boolean allows(int id) {
        if (Arrays.binarySearch(excluded, id) >= 0 || index.outOfStock(id)) return false;
        return Arrays.binarySearch(bought, id) < 0 || index.replenishable(id);
    }

    public boolean allows(String itemId) {
        return allows(index.idOrAdd(itemId));
    }

    private static int[] ids(String[] items, ItemIndex index) {
        int[] ids = new int[items.length];
        for (int i = 0; i < items.length; i++) ids[i] = index.idOrAdd(items[i]);
        Arrays.sort(ids);
        return ids;
    }
}
