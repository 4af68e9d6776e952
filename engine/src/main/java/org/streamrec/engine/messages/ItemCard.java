package org.streamrec.engine.messages;

/**
 * What every ranking instance knows about one item, published by the item's neighbourhood when it
 * changed: its neighbours with their similarities, and its catalogue facts. A card replaces the
 * item's previous one; {@link #version} rises with every card of the item.
 */
public class ItemCard {
    public String itemId;
    public long version;
    /**
     * Strongest first; null with {@link #similarities} set when the neighbours are the same items as
     * in the item's last card that named them: the similarities are then in that card's order.
     */
    public String[] neighbours;
    public float[] similarities;
    /** Engagement lately (trending half-life) and over the long run (similarity half-life), each forward-decayed in its epoch. */
    public double trend;
    public int trendEpoch;
    public double popularity;
    public int popularityEpoch;
    public String category;
    public Double price;
    public Integer stock;
    /** The catalogue's flag; overrides {@link #learnedReplenishable} when set. */
    public Boolean replenishable;
    public Boolean learnedReplenishable;
    /** When the user side learnt the oldest event whose co-occurrence this card is the first to show (wall clock); 0 when none. */
    public long sourceTime;

    public ItemCard() {}

    /** The same card without neighbours or engagement: the catalogue facts, for a holder that needs only those. */
    public ItemCard facts() {
        ItemCard f = new ItemCard();
        f.itemId = itemId;
        f.version = version;
        f.category = category;
        f.price = price;
        f.stock = stock;
        f.replenishable = replenishable;
        f.learnedReplenishable = learnedReplenishable;
        return f;
    }
}
