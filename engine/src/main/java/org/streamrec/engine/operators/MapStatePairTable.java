package org.streamrec.engine.operators;

import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.streamrec.engine.similarity.PairStats;
import org.streamrec.engine.similarity.PairTable;

/** An item's pair counters in keyed MapState: one RocksDB entry per pair, read and written one at a time. */
final class MapStatePairTable implements PairTable {
    private final MapState<String, PairStats> state;

    MapStatePairTable(MapState<String, PairStats> state) {
        this.state = state;
    }

    @Override
    public PairStats get(String other) throws Exception {
        return state.get(other);
    }

    @Override
    public void put(String other, PairStats stats) throws Exception {
        state.put(other, stats);
    }

    @Override
    public void remove(String other) throws Exception {
        state.remove(other);
    }

    @Override
    public Iterable<Map.Entry<String, PairStats>> entries() throws Exception {
        return state.entries();
    }
}
