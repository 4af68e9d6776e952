package org.streamrec.engine.trending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.similarity.ForwardDecay;
import org.streamrec.engine.trending.TrendingBoards.Kind;

class TrendingBoardsTest {
    private final TrendingBoards boards = new TrendingBoards(2, 2);

    private List<String> ids(Kind kind, String board) {
        return boards.top(kind, board).stream().map(TrendingItem::itemId).toList();
    }

    @Test
    void eachBoardKeepsItsBestItemsScoredAgainstTheBest() {
        boards.update("a", "tea", null, 3, 0, 1, 0);
        boards.update("b", "tea", null, 6, 0, 5, 0);
        boards.update("c", "tea", null, 1, 0, 9, 0);
        assertEquals(List.of("b", "a"), ids(Kind.TRENDING, "tea"));
        assertEquals(List.of("c", "b"), ids(Kind.POPULAR, "tea"));
        assertEquals(0.5, boards.top(Kind.TRENDING, "tea").get(1).score(), 1e-12);
        assertEquals(List.of("b", "a"), ids(Kind.TRENDING, Boards.OVERALL));
        assertEquals(List.of(), ids(Kind.TRENDING, "coffee"));
    }

    /** A stored value never decays, yet a fresh burst overtakes an old one: values of a later epoch are worth more. */
    @Test
    void recentEngagementOvertakesOldWithoutATimer() {
        ForwardDecay decay = new ForwardDecay(Duration.ofHours(1));
        long hour = 3_600_000;
        long old = 64 * hour - 2 * hour;
        long now = 64 * hour + 3 * hour; // the next epoch
        boards.update("old", "tea", null, 100 * decay.factor(old, decay.epochOf(old)), decay.epochOf(old), 0, 0);
        boards.update("new", "tea", null, 5 * decay.factor(now, decay.epochOf(now)), decay.epochOf(now), 0, 0);
        // 100 five hours ago weighs 100 / 32 ~ 3.1 now, less than 5.
        assertEquals(List.of("new", "old"), ids(Kind.TRENDING, "tea"));
        assertEquals(100.0 / 32 / 5, boards.top(Kind.TRENDING, "tea").get(1).score(), 1e-9);
    }

    @Test
    void anItemThatChangesCategoryLeavesItsOldBoards() {
        boards.update("a", "tea", null, 3, 0, 3, 0);
        boards.update("a", "coffee", "tea", 4, 0, 4, 0);
        assertEquals(List.of(), ids(Kind.TRENDING, "tea"));
        assertEquals(List.of(), ids(Kind.POPULAR, "tea"));
        assertEquals(List.of("a"), ids(Kind.TRENDING, "coffee"));
    }

    @Test
    void pastMaxCategoriesTheWeakestCategoryGoesAndOverallChangesAreReported() {
        boards.update("a", "tea", null, 3, 0, 1, 0);
        assertTrue(boards.takeOverallChange());
        assertFalse(boards.takeOverallChange());
        boards.update("b", "coffee", null, 1, 0, 1, 0);
        boards.update("c", "cocoa", null, 2, 0, 1, 0);
        assertEquals(List.of(), ids(Kind.TRENDING, "coffee"), "coffee's best was the weakest");
        assertEquals(List.of("c"), ids(Kind.TRENDING, "cocoa"));
        assertEquals(List.of("a"), ids(Kind.TRENDING, "tea"));
    }
}
