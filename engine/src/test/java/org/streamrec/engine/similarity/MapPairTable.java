package org.streamrec.engine.similarity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link PairTable} on a map, standing in for the job's keyed MapState; counts its reads. */
public final class MapPairTable implements PairTable {
    final Map<String, PairStats> map;
    private final boolean copies;
    int reads;

    public MapPairTable() {
        this(new HashMap<>(), false);
    }

    private MapPairTable(Map<String, PairStats> map, boolean copies) {
        this.map = map;
        this.copies = copies;
    }

    /** Copies counters in and out, as RocksDB does: a counter read and changed is not stored until put. */
    public static MapPairTable copying() {
        return new MapPairTable(new HashMap<>(), true);
    }

    /** Read in the order the counters were first put. */
    static MapPairTable inInsertionOrder() {
        return new MapPairTable(new LinkedHashMap<>(), false);
    }

    @Override
    public PairStats get(String other) {
        reads++;
        return copy(map.get(other));
    }

    @Override
    public void put(String other, PairStats stats) {
        map.put(other, copy(stats));
    }

    @Override
    public void remove(String other) {
        map.remove(other);
    }

    @Override
    public Iterable<Map.Entry<String, PairStats>> entries() {
        if (!copies) return map.entrySet();
        return map.entrySet().stream().map(e -> Map.entry(e.getKey(), copy(e.getValue()))).toList();
    }

    private PairStats copy(PairStats stats) {
        return copies && stats != null ? new PairStats(stats.sym, stats.fwd, stats.otherCount, stats.epoch) : stats;
    }
}
