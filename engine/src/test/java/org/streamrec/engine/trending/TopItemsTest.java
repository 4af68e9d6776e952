package org.streamrec.engine.trending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopItemsTest {
    private final TopItems top = new TopItems();

    private List<String> ids() {
        return top.items.stream().map(t -> t.itemId).toList();
    }

    @Test
    void keepsTheMostPopularUpToCapacity() {
        assertTrue(top.update("a", 3, 2));
        assertTrue(top.update("b", 5, 2));
        assertFalse(top.update("c", 1, 2), "below the cut");
        assertEquals(List.of("b", "a"), ids());
        assertTrue(top.update("c", 4, 2));
        assertEquals(List.of("b", "c"), ids());
    }

    @Test
    void aFallingItemMovesOrLeaves() {
        top.update("a", 3, 3);
        top.update("b", 5, 3);
        assertFalse(top.update("b", 5, 3), "same count, no change");
        assertTrue(top.update("b", 2, 3));
        assertEquals(List.of("a", "b"), ids());
        assertTrue(top.update("a", 0, 3));
        assertEquals(List.of("b"), ids());
        assertFalse(top.update("z", 0, 3));
    }
}
