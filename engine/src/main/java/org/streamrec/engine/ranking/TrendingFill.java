package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.trending.Boards;
import org.streamrec.engine.trending.TrendingItem;

/**
 * Cold start and short lists: what is trending, as candidates that follow the scored ones, first in
 * the categories of the user's seeds (strongest seed first), then overall. A trending item scores its
 * share of its list's top count, times the lowest scored candidate's score (1 when there is none), so
 * it never outranks a scored candidate.
 */
public final class TrendingFill {
    private TrendingFill() {}

    /** The distinct known categories of the seed items, in seed order. */
    public static List<String> seedCategories(String[] seeds, ItemIndex index) {
        Set<String> categories = new LinkedHashSet<>();
        if (seeds != null) {
            for (String seed : seeds) {
                String c = index.category(seed);
                if (c != null && !c.equals(Boards.OVERALL)) categories.add(c);
            }
        }
        return new ArrayList<>(categories);
    }

    /**
     * @param scored the scored candidates, best first
     * @param trending the top items of a category, or of {@link Boards#OVERALL}; null when unknown
     * @return the scored candidates followed by eligible trending items not among them
     */
    public static List<RankedItem> append(List<RankedItem> scored, List<String> categories,
                                          Function<String, List<TrendingItem>> trending, Eligibility eligibility) {
        List<RankedItem> pool = new ArrayList<>(scored);
        Set<String> seen = new HashSet<>();
        scored.forEach(r -> seen.add(r.itemId));
        double floor = scored.isEmpty() ? 1.0 : scored.get(scored.size() - 1).score;
        List<String> lists = new ArrayList<>(categories);
        lists.add(Boards.OVERALL);
        for (String category : lists) {
            List<TrendingItem> top = trending.apply(category);
            if (top == null || top.isEmpty()) continue;
            double best = top.get(0).count;
            String reason = category.equals(Boards.OVERALL) ? "trending now" : "trending in " + category;
            for (TrendingItem t : top) {
                if (seen.add(t.itemId) && eligibility.allows(t.itemId)) {
                    pool.add(new RankedItem(t.itemId, floor * t.count / best, reason, RankedItem.TRENDING));
                }
            }
        }
        return pool;
    }
}
