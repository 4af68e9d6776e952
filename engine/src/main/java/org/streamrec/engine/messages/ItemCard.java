package org.streamrec.engine.messages;

/**
 * What every ranking instance knows about one item, published by the item's neighbourhood when it
 * changed: its neighbours strongest first with their similarities, and its catalogue facts. A card
 * replaces the item's previous one; {@link #version} rises with every card of the item.
 */
public class ItemCard {
    public String itemId;
    public long version;
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
