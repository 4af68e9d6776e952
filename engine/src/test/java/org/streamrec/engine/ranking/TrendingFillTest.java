package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.trending.Boards;
import org.streamrec.engine.trending.TrendingItem;

class TrendingFillTest {
    private static final Map<String, List<TrendingItem>> BOARDS = Map.of(
            "tea", List.of(new TrendingItem("t1", 8), new TrendingItem("t2", 4), new TrendingItem("x", 2)),
            Boards.OVERALL, List.of(new TrendingItem("o1", 20), new TrendingItem("t1", 8)));
    private final ItemIndex index = new ItemIndex();
    private final Eligibility all = new Eligibility(Set.of(), Set.of(), index);

    private void categorise(String itemId, String category) {
        ItemCard card = TestCards.card(itemId);
        card.category = category;
        index.apply(card);
    }

    @Test
    void seedCategoriesFollowTheSeedsOrder() {
        categorise("s1", "coffee");
        categorise("s2", "tea");
        categorise("s3", "coffee");
        assertEquals(List.of("coffee", "tea"), TrendingFill.seedCategories(new String[] {"unknown", "s1", "s2", "s3"}, index));
    }

    @Test
    void coldStartGetsTheUsersCategoriesThenOverall() {
        List<RankedItem> pool = TrendingFill.append(List.of(), List.of("tea"), BOARDS::get, all);
        assertEquals(List.of("t1", "t2", "x", "o1"), pool.stream().map(r -> r.itemId).toList());
        assertEquals("trending in tea", pool.get(0).reason);
        assertEquals("trending now", pool.get(3).reason);
        assertEquals(RankedItem.TRENDING, pool.get(3).source);
        assertEquals(1.0, pool.get(0).score, 1e-12);
        assertEquals(0.5, pool.get(1).score, 1e-12);
    }

    @Test
    void trendingFollowsScoredCandidatesSkippingDuplicatesAndIneligible() {
        List<RankedItem> scored = List.of(new RankedItem("x", 0.9, "cf", RankedItem.SIMILAR), new RankedItem("y", 0.4, "cf", RankedItem.SIMILAR));
        Eligibility noT2 = new Eligibility(Set.of("t2"), Set.of(), index);
        List<RankedItem> pool = TrendingFill.append(scored, List.of("tea", "coffee"), BOARDS::get, noT2);
        assertEquals(List.of("x", "y", "t1", "o1"), pool.stream().map(r -> r.itemId).toList());
        assertEquals(0.4, pool.get(2).score, 1e-12, "top trending item sits at the lowest scored candidate");
    }
}
