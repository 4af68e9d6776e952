package org.streamrec.engine.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.streamrec.config.SimilarityConfig;

/**
 * Incremental item-item similarity for one item: its own count, at most
 * {@link SimilarityConfig#maxTrackedPairs()} pair counters, and a top-K list kept current on every
 * update, so answering "who are my neighbours" reads K entries and never scans the counters.
 * Per-update work is O(K). The counters are scanned in two cases only: when they overflow, to prune
 * the weakest tenth; and when an update weakens the list's weakest entry, to promote a counter
 * outside the list that is now stronger.
 */
public final class ItemNeighbourhood {
    /** Strongest first, ties by id: comparingDouble(..).reversed().thenComparing(id), without its wrappers. */
    private static final Comparator<Neighbour> STRONGEST_FIRST = (a, b) -> {
        int bySimilarity = Double.compare(b.similarity, a.similarity);
        return bySimilarity != 0 ? bySimilarity : a.itemId.compareTo(b.itemId);
    };

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
        offer(summary, pairs, other, stats);
        if (summary.tracked > config.maxTrackedPairs()) prune(summary, pairs);
    }

    /** The top neighbours by similarity, strongest first, computed with the item's current count. */
    public List<Neighbour> neighbours(ItemSummary summary, int limit) {
        List<Neighbour> result = new ArrayList<>(summary.top.size());
        for (TopEntry e : summary.top) {
            double sim = similarity(summary, e.pair, e.otherCount);
            if (sim > 0) result.add(new Neighbour(e.itemId, sim));
        }
        result.sort(STRONGEST_FIRST);
        return result.size() > limit ? result.subList(0, limit) : result;
    }

    private double similarity(ItemSummary summary, double pair, double otherCount) {
        return Similarity.of(config.measure(), pair, summary.count, otherCount);
    }

    private void offer(ItemSummary summary, PairTable pairs, String other, PairStats stats) throws Exception {
        List<TopEntry> top = summary.top;
        TopEntry same = null;
        int weakest = -1;
        double weakestSim = Double.MAX_VALUE;
        for (int i = 0; i < top.size(); i++) {
            TopEntry e = top.get(i);
            if (e.itemId.equals(other)) {
                same = e;
                continue;
            }
            double sim = similarity(summary, e.pair, e.otherCount);
            if (sim < weakestSim) {
                weakestSim = sim;
                weakest = i;
            }
        }
        double sim = similarity(summary, stats.pair, stats.otherCount);
        if (same != null) {
            double before = similarity(summary, same.pair, same.otherCount);
            same.pair = stats.pair;
            same.otherCount = stats.otherCount;
            // Counters outside the list are at most as strong as its weakest entry, so one of them
            // can only beat this entry once it falls below all the others and below where it was.
            if (top.size() >= config.topK() && sim < Math.min(before, weakestSim)) {
                promoteStrongerOutsider(summary, pairs, same, sim);
            }
            return;
        }
        TopEntry entry = new TopEntry(other, stats.pair, stats.otherCount);
        if (top.size() < config.topK()) {
            top.add(entry);
        } else if (sim > weakestSim) {
            top.set(weakest, entry);
        }
    }

    /**
     * Replaces {@code entry} by the strongest counter outside the list, if that one is stronger.
     * Ties go by id, as in {@link #STRONGEST_FIRST}, so the outcome never depends on the table's order.
     */
    private void promoteStrongerOutsider(ItemSummary summary, PairTable pairs, TopEntry entry, double entrySim)
            throws Exception {
        Set<String> inTop = topIds(summary);
        Neighbour best = null;
        PairStats bestStats = null;
        for (Map.Entry<String, PairStats> e : pairs.entries()) {
            if (inTop.contains(e.getKey())) continue;
            PairStats stats = e.getValue();
            Neighbour candidate = new Neighbour(e.getKey(), similarity(summary, stats.pair, stats.otherCount));
            if (candidate.similarity > entrySim && (best == null || STRONGEST_FIRST.compare(candidate, best) < 0)) {
                best = candidate;
                bestStats = stats;
            }
        }
        if (best != null) {
            entry.itemId = best.itemId;
            entry.pair = bestStats.pair;
            entry.otherCount = bestStats.otherCount;
        }
    }

    private static Set<String> topIds(ItemSummary summary) {
        Set<String> ids = new HashSet<>();
        for (TopEntry e : summary.top) ids.add(e.itemId);
        return ids;
    }

    /** Drops the weakest tenth of the pair counters, never one in the top list; ties go by id, as in the list. */
    private void prune(ItemSummary summary, PairTable pairs) throws Exception {
        Set<String> inTop = topIds(summary);
        List<Neighbour> candidates = new ArrayList<>();
        for (Map.Entry<String, PairStats> e : pairs.entries()) {
            if (!inTop.contains(e.getKey())) {
                candidates.add(new Neighbour(e.getKey(), similarity(summary, e.getValue().pair, e.getValue().otherCount)));
            }
        }
        candidates.sort(STRONGEST_FIRST.reversed());
        int drop = Math.max(1, config.maxTrackedPairs() / 10);
        for (int i = 0; i < drop && i < candidates.size(); i++) {
            pairs.remove(candidates.get(i).itemId);
            summary.tracked--;
        }
    }
}
