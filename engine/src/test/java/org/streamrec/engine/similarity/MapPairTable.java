package org.streamrec.engine.similarity;

import java.util.HashMap;
import java.util.Map;

/** A {@link PairTable} on a HashMap, standing in for the job's keyed MapState. */
final class MapPairTable implements PairTable {
    final Map<String, PairStats> map = new HashMap<>();

    @Override
    public PairStats get(String other) {
        return map.get(other);
    }

    @Override
    public void put(String other, PairStats stats) {
        map.put(other, stats);
    }

    @Override
    public void remove(String other) {
        map.remove(other);
    }

    @Override
    public Iterable<Map.Entry<String, PairStats>> entries() {
        return map.entrySet();
    }
}
