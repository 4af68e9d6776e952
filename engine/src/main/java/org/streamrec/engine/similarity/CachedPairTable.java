package org.streamrec.engine.similarity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An item's pair counters on the heap in front of the stored table: reads go to the stored table
 * only for a counter not seen yet, changes stay on the heap until {@link #writeBack()}. The stored
 * table must stand for the same item whenever this one reads or writes it (in the job: the keyed
 * MapState with the item as the current key).
 */
public final class CachedPairTable implements PairTable {
    private final PairTable stored;
    private final Map<String, PairStats> known = new HashMap<>();
    private final Set<String> changed = new HashSet<>();
    private final Set<String> removed = new HashSet<>();
    /** Every stored counter is in {@link #known}, so a miss there is a miss. */
    private boolean complete;

    /** {@code storedIsEmpty}: the item is new, so no lookup of the stored table can find anything. */
    public CachedPairTable(PairTable stored, boolean storedIsEmpty) {
        this.stored = stored;
        this.complete = storedIsEmpty;
    }

    @Override
    public PairStats get(String other) throws Exception {
        PairStats stats = known.get(other);
        if (stats != null || complete || removed.contains(other)) return stats;
        stats = stored.get(other);
        if (stats != null) known.put(other, stats);
        return stats;
    }

    @Override
    public void put(String other, PairStats stats) {
        known.put(other, stats);
        changed.add(other);
        removed.remove(other);
    }

    @Override
    public void remove(String other) {
        known.remove(other);
        changed.remove(other);
        removed.add(other);
    }

    @Override
    public Iterable<Map.Entry<String, PairStats>> entries() throws Exception {
        if (!complete) {
            for (Map.Entry<String, PairStats> e : stored.entries()) {
                if (!removed.contains(e.getKey())) known.putIfAbsent(e.getKey(), e.getValue());
            }
            complete = true;
        }
        return known.entrySet();
    }

    /** Writes the changed and removed counters to the stored table. */
    public void writeBack() throws Exception {
        for (String other : changed) stored.put(other, known.get(other));
        for (String other : removed) stored.remove(other);
        changed.clear();
        removed.clear();
    }
}
