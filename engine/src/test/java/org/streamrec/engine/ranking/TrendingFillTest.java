package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.trending.TrendingBoards;

class TrendingFillTest {
    private final ItemIndex index = new ItemIndex();
    private final TrendingBoards boards = new TrendingBoards(10, 100);
    private final Eligibility all = Eligibility.of(new String[0], new String[0], index);

    private void categorise(String itemId, String category) {
        ItemCard card = TestCards.card(itemId);
        card.category = category;
        index.apply(card);
    }

    /** t1, t2 in tea trend (8, 4); x in tea is popular long-run; o1 trends most, overall, without a category. */
    private void fillBoards() {
        boards.update("t1", "tea", null, 8, 0, 1, 0);
        boards.update("t2", "tea", null, 4, 0, 1, 0);
        boards.update("x", "tea", null, 0, 0, 50, 0);
        boards.update("o1", null, null, 20, 0, 2, 0);
    }

    @Test
    void seedCategoriesFollowTheSeedsOrder() {
        categorise("s1", "coffee");
        categorise("s2", "tea");
        categorise("s3", "coffee");
        assertEquals(List.of("coffee", "tea"), TrendingFill.seedCategories(new String[] {"unknown", "s1", "s2", "s3"}, index));
    }

    @Test
    void coldStartGetsTrendingInTheUsersCategoriesThenOverallThenPopular() {
        fillBoards();
        List<RankedItem> pool = TrendingFill.append(List.of(), List.of("tea"), boards, all);
        assertEquals(List.of("t1", "t2", "o1", "x"), pool.stream().map(r -> r.itemId).toList());
        assertEquals("trending in tea", pool.get(0).reason);
        assertEquals("trending now", pool.get(2).reason);
        assertEquals("popular in tea", pool.get(3).reason);
        assertEquals(RankedItem.TRENDING, pool.get(3).source);
        assertEquals(1.0, pool.get(0).score, 1e-12);
        assertEquals(0.5, pool.get(1).score, 1e-12);
    }

    @Test
    void boardItemsFollowScoredCandidatesSkippingDuplicatesAndIneligible() {
        fillBoards();
        List<RankedItem> scored = List.of(new RankedItem("x", 0.9, "cf", RankedItem.SIMILAR), new RankedItem("y", 0.4, "cf", RankedItem.SIMILAR));
        Eligibility noT2 = Eligibility.of(new String[] {"t2"}, new String[0], index);
        List<RankedItem> pool = TrendingFill.append(scored, List.of("tea", "coffee"), boards, noT2);
        assertEquals(List.of("x", "y", "t1", "o1"), pool.stream().map(r -> r.itemId).toList());
        assertEquals(0.4, pool.get(2).score, 1e-12, "the best board item sits at the lowest scored candidate");
    }
}
