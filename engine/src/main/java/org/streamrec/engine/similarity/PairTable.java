package org.streamrec.engine.similarity;

import java.util.Map;

/** Per-item pair counters, one entry per co-occurring item; backed by keyed MapState in the job. */
public interface PairTable {
    PairStats get(String other) throws Exception;

    void put(String other, PairStats stats) throws Exception;

    void remove(String other) throws Exception;

    Iterable<Map.Entry<String, PairStats>> entries() throws Exception;
}
