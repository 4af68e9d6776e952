package org.streamrec.engine.similarity;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.SimilarityConfig;

/**
 * Similarity update: pair increments into an item whose counters are full (similarity.maxTrackedPairs)
 * and whose top-K list is full, partners drawn with a skew so both list members and outsiders are
 * hit; and the neighbour list that goes on the item's card. Counters live in a HashMap here,
 * so this measures the algorithm, not RocksDB.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ItemNeighbourhoodBenchmark {
    private final SimilarityConfig config = ConfigLoader.defaults().similarity();
    private final ItemNeighbourhood neighbourhood = new ItemNeighbourhood(config);
    private ItemSummary summary;
    private MapPairTable pairs;
    private String[] partners;
    private int next;

    @Setup
    public void fill() throws Exception {
        summary = new ItemSummary();
        neighbourhood.setCount(summary, 1000, 0);
        pairs = new MapPairTable();
        partners = new String[8192];
        for (int i = 0; i < partners.length; i++) {
            // Squaring a uniform draw favours low ids: a few strong partners, a long tail.
            double u = (i * 0.6180339887) % 1.0;
            partners[i] = "p" + (int) (u * u * 2 * config.maxTrackedPairs());
        }
        for (int i = 0; i < 4 * config.maxTrackedPairs(); i++) addPair();
    }

    @Benchmark
    public ItemSummary addPair() throws Exception {
        String other = partners[next++ & (partners.length - 1)];
        neighbourhood.addPair(summary, pairs, other, 1.0, 0.5, 50 + other.length(), 0);
        return summary;
    }

    @Benchmark
    public List<Neighbour> neighbours() {
        return neighbourhood.neighbours(summary, config.topK());
    }
}
