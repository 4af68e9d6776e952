package org.streamrec.engine.trending;

/** An item on a board and its score there: decayed engagement, scaled so the board's best is 1. */
public record TrendingItem(String itemId, double score) {}
