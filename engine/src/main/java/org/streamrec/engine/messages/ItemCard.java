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
    public String category;
    public Double price;
    public Integer stock;
    /** The catalogue's flag; overrides {@link #learnedReplenishable} when set. */
    public Boolean replenishable;
    public Boolean learnedReplenishable;
    /** Creation time of the oldest event whose co-occurrence this card is the first to show; 0 when none. */
    public long sourceTime;

    public ItemCard() {}
}
