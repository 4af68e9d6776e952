package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.RankedItem;

class DiversifierTest {
    /** a1..a4 in category A, b1 in B, u1 of unknown category, best first as listed. */
    private static final List<RankedItem> CANDIDATES = List.of("a1", "a2", "a3", "b1", "a4", "u1").stream()
            .map(id -> new RankedItem(id, 1, "r", RankedItem.SIMILAR)).toList();
    private static final Map<String, String> CATEGORY = Map.of("a1", "A", "a2", "A", "a3", "A", "a4", "A", "b1", "B");

    private static List<String> select(int maxPerCategory, int depth, int listSize) {
        return Diversifier.select(CANDIDATES, CATEGORY::get, maxPerCategory, depth, listSize).stream()
                .map(r -> r.itemId).toList();
    }

    @Test
    void capsEachCategoryWithinTheDepth() {
        assertEquals(List.of("a1", "a2", "b1", "u1"), select(2, 10, 10));
    }

    @Test
    void itemsOverTheCapFollowTheDepth() {
        assertEquals(List.of("a1", "b1", "u1", "a2", "a3", "a4"), select(1, 3, 10));
        assertEquals(List.of("a1", "b1", "u1", "a2"), select(1, 3, 4));
    }

    @Test
    void aHighCapKeepsTheOrder() {
        assertEquals(List.of("a1", "a2", "a3", "b1", "a4", "u1"), select(10, 10, 10));
    }
}
