package org.streamrec.engine.similarity;

import java.util.ArrayList;
import java.util.List;

/** The small, always-read part of an item's similarity state: its count and its top neighbours, in epoch {@link #epoch}. */
public class ItemSummary {
    public double count;
    public int epoch;
    /** How many pair counters the item's {@link PairTable} holds. */
    public int tracked;
    /** Cards published for the item so far. */
    public long version;
    public List<TopEntry> top = new ArrayList<>();

    public ItemSummary() {}
}
