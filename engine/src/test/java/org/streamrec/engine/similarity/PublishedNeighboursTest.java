package org.streamrec.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedNeighboursTest {
    private final PublishedNeighbours published = new PublishedNeighbours();

    @Test
    void theSameItemsInAnotherOrderGiveTheirSimilaritiesInThePublishedOrder() {
        assertNull(published.similaritiesInPublishedOrder(List.of(new Neighbour("b", 0.5))), "nothing published yet");
        published.published(new String[] {"b", "c"});
        assertArrayEquals(new float[] {0.25f, 0.75f},
                published.similaritiesInPublishedOrder(List.of(new Neighbour("c", 0.75), new Neighbour("b", 0.25))));
    }

    @Test
    void otherItemsNeedAFullCard() {
        published.published(new String[] {"b", "c"});
        assertNull(published.similaritiesInPublishedOrder(List.of(new Neighbour("b", 0.5), new Neighbour("d", 0.25))));
        assertNull(published.similaritiesInPublishedOrder(List.of(new Neighbour("b", 0.5))));
        published.published(new String[0]);
        assertNull(published.similaritiesInPublishedOrder(List.of()), "no neighbours: a full (empty) card");
    }
}
