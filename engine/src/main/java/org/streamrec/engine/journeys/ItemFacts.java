package org.streamrec.engine.journeys;

/** What the item side of the journeys knows about one item: its latest price and stock, and its watchers' bookkeeping. */
public class ItemFacts {
    /** Latest price and stock from the catalogue; null until an update gave one. */
    public Double price;
    public Integer stock;
    /** How many shoppers watch the item. */
    public int watchers;
    /** When the next watcher's interest runs out; 0 when none watches. */
    public long nextExpiry;

    public ItemFacts() {}
}
