package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.RankedItem;

class TrendingFillTest {
    private static final Map<String, List<TrendingItem>> BOARDS = Map.of(
            "tea", List.of(new TrendingItem("t1", 8), new TrendingItem("t2", 4), new TrendingItem("x", 2)),
            TrendingFill.OVERALL, List.of(new TrendingItem("o1", 20), new TrendingItem("t1", 8)));
    private final Eligibility all = new Eligibility(Set.of(), Set.of(), id -> null);

    @Test
    void seedCategoriesFollowSeedWeight() {
        Map<String, String> category = Map.of("s1", "tea", "s2", "coffee", "s3", "tea");
        List<CandidateSet> sets = List.of(new CandidateSet("s1", 1, "viewed", List.of()),
                new CandidateSet("s2", 3, "viewed", List.of()), new CandidateSet("s3", 2, "viewed", List.of()),
                new CandidateSet("unknown", 5, "viewed", List.of()));
        assertEquals(List.of("coffee", "tea"), TrendingFill.seedCategories(sets, category::get));
    }

    @Test
    void coldStartGetsTheUsersCategoriesThenOverall() {
        List<RankedItem> pool = TrendingFill.append(List.of(), List.of("tea"), BOARDS::get, all);
        assertEquals(List.of("t1", "t2", "x", "o1"), pool.stream().map(r -> r.itemId).toList());
        assertEquals("trending in tea", pool.get(0).reason);
        assertEquals("trending now", pool.get(3).reason);
        assertEquals(1.0, pool.get(0).score, 1e-12);
        assertEquals(0.5, pool.get(1).score, 1e-12);
    }

    @Test
    void trendingFollowsScoredCandidatesSkippingDuplicatesAndIneligible() {
        List<RankedItem> scored = List.of(new RankedItem("x", 0.9, "cf"), new RankedItem("y", 0.4, "cf"));
        Eligibility noT2 = new Eligibility(Set.of("t2"), Set.of(), id -> null);
        List<RankedItem> pool = TrendingFill.append(scored, List.of("tea", "coffee"), BOARDS::get, noT2);
        assertEquals(List.of("x", "y", "t1", "o1"), pool.stream().map(r -> r.itemId).toList());
        assertEquals(0.4, pool.get(2).score, 1e-12, "top trending item sits at the lowest scored candidate");
    }
}
