package org.streamrec.engine.similarity;

import java.util.ArrayList;
import java.util.List;

/** The small, always-read part of an item's similarity state: its count and its top neighbours. */
public class ItemSummary {
    public double count;
    /** How many pair counters the item's {@link PairTable} holds. */
    public int tracked;
    public List<TopEntry> top = new ArrayList<>();

    public ItemSummary() {}
}
