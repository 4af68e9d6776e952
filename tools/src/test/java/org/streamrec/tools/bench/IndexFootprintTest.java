package org.streamrec.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.ranking.ItemIndex;

class IndexFootprintTest {
    @Test
    void theSyntheticIndexHoldsEveryItemWithItsNeighbours() {
        ItemIndex index = IndexFootprint.filled(1_000, 50, new Random(1));
        assertEquals(1_000, index.items());
        assertEquals(50, index.neighbours(index.id(BenchWorkload.itemId(7))).length);
        assertEquals("c7", index.category(BenchWorkload.itemId(7)));
    }
}
