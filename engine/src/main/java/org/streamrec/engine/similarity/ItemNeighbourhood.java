package org.streamrec.engine.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.streamrec.config.SimilarityConfig;

/**
 * Incremental item-item similarity for one item: its own count, at most
 * {@link SimilarityConfig#maxTrackedPairs()} pair counters, and a top-K list kept current on every
 * update, so answering "who are my neighbours" reads K entries and never scans the counters.
 * Per-update work is O(K); when the counters overflow, the weakest tenth is pruned in one pass.
 */
public final class ItemNeighbourhood {
    private final SimilarityConfig config;

    public ItemNeighbourhood(SimilarityConfig config) {
        this.config = config;
    }

    /** Adds {@code pairDelta} to the co-occurrence with {@code other}, whose own count is now {@code otherCount}. */
    public void addPair(ItemSummary summary, PairTable pairs, String other, double pairDelta, double otherCount)
            throws Exception {
        PairStats stats = pairs.get(other);
        if (stats == null) {
            stats = new PairStats();
            summary.tracked++;
        }
        stats.pair += pairDelta;
        stats.otherCount = otherCount;
        pairs.put(other, stats);
        offer(summary, other, stats);
        if (summary.tracked > config.maxTrackedPairs()) prune(summary, pairs);
    }

    /** The top neighbours by similarity, strongest first, computed with the item's current count. */
    public List<Neighbour> neighbours(ItemSummary summary, int limit) {
        List<Neighbour> result = new ArrayList<>(summary.top.size());
        for (TopEntry e : summary.top) {
            double sim = similarity(summary, e.pair, e.otherCount);
            if (sim > 0) result.add(new Neighbour(e.itemId, sim));
        }
        result.sort(Comparator.comparingDouble((Neighbour n) -> n.similarity).reversed().thenComparing(n -> n.itemId));
        return result.size() > limit ? result.subList(0, limit) : result;
    }

    private double similarity(ItemSummary summary, double pair, double otherCount) {
        return Similarity.of(config.measure(), pair, summary.count, otherCount);
    }

    private void offer(ItemSummary summary, String other, PairStats stats) {
        List<TopEntry> top = summary.top;
        int weakest = -1;
        double weakestSim = Double.MAX_VALUE;
        for (int i = 0; i < top.size(); i++) {
            TopEntry e = top.get(i);
            if (e.itemId.equals(other)) {
                e.pair = stats.pair;
                e.otherCount = stats.otherCount;
                return;
            }
            double sim = similarity(summary, e.pair, e.otherCount);
            if (sim < weakestSim) {
                weakestSim = sim;
                weakest = i;
            }
        }
        TopEntry entry = new TopEntry(other, stats.pair, stats.otherCount);
        if (top.size() < config.topK()) {
            top.add(entry);
        } else if (similarity(summary, stats.pair, stats.otherCount) > weakestSim) {
            top.set(weakest, entry);
        }
    }

    /** Drops the weakest tenth of the pair counters, never one in the top list. */
    private void prune(ItemSummary summary, PairTable pairs) throws Exception {
        List<Map.Entry<String, Double>> candidates = new ArrayList<>();
        for (Map.Entry<String, PairStats> e : pairs.entries()) {
            if (summary.top.stream().noneMatch(t -> t.itemId.equals(e.getKey()))) {
                candidates.add(Map.entry(e.getKey(), similarity(summary, e.getValue().pair, e.getValue().otherCount)));
            }
        }
        candidates.sort(Map.Entry.comparingByValue());
        int drop = Math.max(1, config.maxTrackedPairs() / 10);
        for (int i = 0; i < drop && i < candidates.size(); i++) {
            pairs.remove(candidates.get(i).getKey());
            summary.tracked--;
        }
    }
}
