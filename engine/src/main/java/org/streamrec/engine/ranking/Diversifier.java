package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.streamrec.engine.model.RankedItem;

/**
 * Keeps at most {@code maxPerCategory} items of one category among the first {@code depth}
 * positions: walking the candidates best first, an item over its category's cap waits, and the
 * waiting items follow once those positions are filled. Items of unknown category are not capped.
 */
public final class Diversifier {
    private Diversifier() {}

    public static List<RankedItem> select(List<RankedItem> candidates, Function<String, String> categoryOf,
                                          int maxPerCategory, int depth, int listSize) {
        List<RankedItem> list = new ArrayList<>(listSize);
        List<RankedItem> waiting = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (RankedItem c : candidates) {
            if (list.size() >= Math.min(depth, listSize)) {
                waiting.add(c);
                continue;
            }
            String category = categoryOf.apply(c.itemId);
            int n = category == null ? 0 : taken.getOrDefault(category, 0);
            if (n >= maxPerCategory) {
                waiting.add(c);
            } else {
                if (category != null) taken.put(category, n + 1);
                list.add(c);
            }
        }
        for (RankedItem w : waiting) {
            if (list.size() >= listSize) break;
            if (list.size() >= depth) list.add(w);
        }
        return list;
    }
}
