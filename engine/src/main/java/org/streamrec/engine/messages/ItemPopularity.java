package org.streamrec.engine.messages;

/** An item's interactions in the trending window, for one board: its category's, or the overall one. */
public class ItemPopularity {
    public String board;
    public String itemId;
    public long count;

    public ItemPopularity() {}

    public ItemPopularity(String board, String itemId, long count) {
        this.board = board;
        this.itemId = itemId;
        this.count = count;
    }
}
