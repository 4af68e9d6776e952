package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.trending.Boards;
import org.streamrec.engine.trending.TrendingBoards;
import org.streamrec.engine.trending.TrendingBoards.Kind;
import org.streamrec.engine.trending.TrendingItem;

/**
 * Cold start and short lists: what shoppers engage with, as candidates that follow the scored ones:
 * trending in the categories of the user's seeds (in seed order), trending overall, popular in those
 * categories, popular overall. A board's item scores its share of the board's best, times the lowest
 * scored candidate's score (1 when there is none), so it never outranks a scored candidate.
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
     * @return the scored candidates followed by eligible board items not among them
     */
    public static List<RankedItem> append(List<RankedItem> scored, List<String> categories, TrendingBoards boards,
                                          Eligibility eligibility) {
        List<RankedItem> pool = new ArrayList<>(scored);
        Set<String> seen = new HashSet<>();
        scored.forEach(r -> seen.add(r.itemId));
        double floor = scored.isEmpty() ? 1.0 : scored.get(scored.size() - 1).score;
        for (Kind kind : Kind.values()) {
            List<String> lists = new ArrayList<>(categories);
            lists.add(Boards.OVERALL);
            for (String category : lists) {
                String reason = (kind == Kind.TRENDING ? "trending" : "popular")
                        + (category.equals(Boards.OVERALL) ? (kind == Kind.TRENDING ? " now" : "") : " in " + category);
                for (TrendingItem t : boards.top(kind, category)) {
                    if (seen.add(t.itemId()) && eligibility.allows(t.itemId())) {
                        pool.add(new RankedItem(t.itemId(), floor * t.score(), reason, RankedItem.TRENDING));
                    }
                }
            }
        }
        return pool;
    }
}
