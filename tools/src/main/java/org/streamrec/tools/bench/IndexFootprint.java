package org.streamrec.tools.bench;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Heap bytes of the ranking's local neighbour index, measured by the code that builds the index.
 * The bench reports them when an implementation is listed in
 * {@code META-INF/services/org.streamrec.tools.bench.IndexFootprint}, and "n/a" while none is.
 */
public interface IndexFootprint {
    /** Bytes per item of the index as the engine fills it, and of a synthetic index of 1M items with 50 neighbours each. */
    record Bytes(double perItem, long oneMillionItemsFiftyNeighbours) {}

    Bytes measure();

    /** The registered footprint's measurement, if an implementation is registered. */
    static Optional<Bytes> measured() {
        return ServiceLoader.load(IndexFootprint.class).findFirst().map(IndexFootprint::measure);
    }
}
