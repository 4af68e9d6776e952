package org.streamrec.engine.trending;

/** An item and its interactions in the trending window. */
public class TrendingItem {
    public String itemId;
    public long count;

    public TrendingItem() {}

    public TrendingItem(String itemId, long count) {
        this.itemId = itemId;
        this.count = count;
    }

    @Override
    public String toString() {
        return itemId + "=" + count;
    }
}
