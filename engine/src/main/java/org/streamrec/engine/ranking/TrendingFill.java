package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.streamrec.engine.model.RankedItem;

/**
 * Cold start: what is trending, as candidates that follow the scored ones, first in the categories
 * of the user's seeds (strongest seed first), then overall. A trending item scores its share of its
 * list's top count, times the lowest scored candidate's score (1 when there is none), so it never
 * outranks a scored candidate.
 */
public final class TrendingFill {
    /** Key of the list of the most popular items across all categories. */
    public static final String OVERALL = "";

    private TrendingFill() {}

    /** The distinct known categories of the seed items, strongest seed first. */
    public static List<String> seedCategories(Collection<CandidateSet> sets, Function<String, String> categoryOf) {
        Set<String> categories = new LinkedHashSet<>();
        sets.stream()
                .sorted(Comparator.comparingDouble(CandidateSet::seedWeight).reversed())
                .map(s -> categoryOf.apply(s.seedId()))
                .filter(c -> c != null && !c.equals(OVERALL))
                .forEach(categories::add);
        return new ArrayList<>(categories);
    }

    /**
     * @param scored the scored candidates, best first
     * @param trending the top items of a category, or of {@link #OVERALL}; null when unknown
     * @return the scored candidates followed by eligible trending items not among them
     */
    public static List<RankedItem> append(List<RankedItem> scored, List<String> categories,
                                          Function<String, List<TrendingItem>> trending, Eligibility eligibility) {
        List<RankedItem> pool = new ArrayList<>(scored);
        Set<String> seen = new HashSet<>();
        scored.forEach(r -> seen.add(r.itemId));
        double floor = scored.isEmpty() ? 1.0 : scored.get(scored.size() - 1).score;
        List<String> lists = new ArrayList<>(categories);
        lists.add(OVERALL);
        for (String category : lists) {
            List<TrendingItem> top = trending.apply(category);
            if (top == null || top.isEmpty()) continue;
            double best = top.get(0).count;
            String reason = category.equals(OVERALL) ? "trending now" : "trending in " + category;
            for (TrendingItem t : top) {
                if (seen.add(t.itemId) && eligibility.allows(t.itemId)) {
                    pool.add(new RankedItem(t.itemId, floor * t.count / best, reason));
                }
            }
        }
        return pool;
    }
}
