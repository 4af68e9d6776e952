package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Counts per item, kept in rank order (highest count first, then item id) so the top is cheap to read. */
public final class CountRanking {
    private record Entry(String item, long count) {}

    private static final Comparator<Entry> RANK =
            Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::item);

    private final Map<String, Long> counts = new HashMap<>();
    private final TreeSet<Entry> ranked = new TreeSet<>(RANK);

    /** Adds {@code delta} (may be negative) to the item's count; an item at 0 leaves the ranking. */
    public void add(String item, long delta) {
        long before = counts.getOrDefault(item, 0L);
        long after = before + delta;
        if (before != 0) ranked.remove(new Entry(item, before));
        if (after == 0) {
            counts.remove(item);
        } else {
            counts.put(item, after);
            ranked.add(new Entry(item, after));
        }
    }

    public long count(String item) {
        return counts.getOrDefault(item, 0L);
    }

    /** The k best-ranked items that {@code skip} does not reject. */
    public List<String> top(int k, Predicate<String> skip) {
        List<String> top = new ArrayList<>(k);
        for (Entry e : ranked) {
            if (top.size() == k) break;
            if (!skip.test(e.item)) top.add(e.item);
        }
        return top;
    }
}
