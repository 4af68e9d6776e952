package org.streamrec.engine.trending;

import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.similarity.ForwardDecay;

/**
 * The items with the highest decayed engagement on one board, at most {@code capacity}. Values are
 * forward-decayed ({@link ForwardDecay}): an item's stored value only changes with its own
 * engagement, yet ordering stored values (in one epoch) orders the decayed values at any time, so a
 * board never needs a timer to let old favourites sink.
 */
final class Board {
    private final int capacity;
    private final List<String> items = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private int epoch = Integer.MIN_VALUE;

    Board(int capacity) {
        this.capacity = capacity;
    }

    /** The item's latest value; true when the board changed. */
    boolean put(String itemId, double value, int valueEpoch) {
        boolean removed = remove(itemId);
        if (epoch == Integer.MIN_VALUE || items.isEmpty()) epoch = valueEpoch;
        if (valueEpoch > epoch) {
            for (int i = 0; i < values.size(); i++) values.set(i, ForwardDecay.convert(values.get(i), epoch, valueEpoch));
            epoch = valueEpoch;
        }
        double v = ForwardDecay.convert(value, valueEpoch, epoch);
        int at = 0;
        while (at < items.size() && (values.get(at) > v || values.get(at) == v && items.get(at).compareTo(itemId) < 0)) at++;
        if (v <= 0 || at >= capacity) return removed;
        items.add(at, itemId);
        values.add(at, v);
        if (items.size() > capacity) {
            items.remove(capacity);
            values.remove(capacity);
        }
        return true;
    }

    boolean remove(String itemId) {
        int at = items.indexOf(itemId);
        if (at < 0) return false;
        items.remove(at);
        values.remove(at);
        return true;
    }

    /** Best first, the best scoring 1. */
    List<TrendingItem> top() {
        List<TrendingItem> top = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) top.add(new TrendingItem(items.get(i), values.get(i) / values.get(0)));
        return top;
    }

    /** The best value, in {@link #epoch()}; 0 when empty. */
    double best() {
        return values.isEmpty() ? 0 : values.get(0);
    }

    int epoch() {
        return epoch;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}
