package org.streamrec.engine.trending;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The most popular items of one category (or overall), at most {@code capacity}, most popular
 * first. Items below the cut are forgotten; as every item with interactions in the window reports
 * its count once per slide, a forgotten item that rises comes back within one slide. A Flink POJO.
 */
public class TopItems {
    private static final Comparator<TrendingItem> MOST_POPULAR =
            Comparator.comparingLong((TrendingItem t) -> t.count).reversed().thenComparing(t -> t.itemId);

    public List<TrendingItem> items = new ArrayList<>();

    public TopItems() {}

    /** Applies an item's latest count; true when the list changed. */
    public boolean update(String itemId, long count, int capacity) {
        int at = indexOf(itemId);
        if (at >= 0 && items.get(at).count == count) return false;
        boolean wasListed = at >= 0;
        if (wasListed) items.remove(at);
        if (count > 0) items.add(new TrendingItem(itemId, count));
        items.sort(MOST_POPULAR);
        int now = indexOf(itemId);
        boolean listed = now >= 0 && now < capacity;
        while (items.size() > capacity) items.remove(items.size() - 1);
        return wasListed || listed;
    }

    private int indexOf(String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).itemId.equals(itemId)) return i;
        }
        return -1;
    }
}
