package org.streamrec.engine.ranking;

import org.streamrec.engine.messages.ItemCard;

/** Item cards for tests. */
final class TestCards {
    private TestCards() {}

    /** A card with neighbours given as id, similarity, id, similarity, ... */
    static ItemCard card(String itemId, Object... neighboursAndSimilarities) {
        ItemCard card = new ItemCard();
        card.itemId = itemId;
        int n = neighboursAndSimilarities.length / 2;
        card.neighbours = new String[n];
        card.similarities = new float[n];
        for (int i = 0; i < n; i++) {
            card.neighbours[i] = (String) neighboursAndSimilarities[2 * i];
            card.similarities[i] = ((Number) neighboursAndSimilarities[2 * i + 1]).floatValue();
        }
        return card;
    }
}
