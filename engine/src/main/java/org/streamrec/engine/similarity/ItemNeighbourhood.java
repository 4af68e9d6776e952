package org.streamrec.engine.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.messages.PairUpdate;

/**
 * Incremental item-item similarity for one item: its own count, at most
 * {@link SimilarityConfig#maxTrackedPairs()} pair counters, and a top-K list kept current on every
 * update, so publishing the neighbours reads K entries and never scans the counters. Per-update work
 * is O(K). The counters are scanned in two cases only: when they overflow, to prune the weakest tenth;
 * and when an update weakens the list's weakest entry, to promote a counter outside the list that is
 * now stronger. All values of an item live in one forward-decay epoch ({@link ForwardDecay}); an
 * update of a later epoch moves the item there, and each counter moves when it is next read.
 */
public final class ItemNeighbourhood {
    /** Strongest first, ties by id, so no outcome depends on the order a table is read in. */
    private static final Comparator<Neighbour> STRONGEST_FIRST = (a, b) -> {
        int bySimilarity = Double.compare(b.similarity, a.similarity);
        return bySimilarity != 0 ? bySimilarity : a.itemId.compareTo(b.itemId);
    };

    private final SimilarityConfig config;
    private final Similarity similarity;

    public ItemNeighbourhood(SimilarityConfig config) {
        this.config = config;
        this.similarity = new Similarity(config);
    }

    /** Sets the item's own count, as of {@code epoch}. */
    public void setCount(ItemSummary summary, double count, int epoch) {
        moveTo(summary, epoch);
        summary.count = ForwardDecay.convert(count, epoch, summary.epoch);
    }

    /**
     * Adds co-occurrence with {@code other}, whose own count is now {@code otherCount}, all as of
     * {@code epoch}: {@code sym} in any order, {@code fwd} with {@code other} after this item.
     */
    public void addPair(ItemSummary summary, PairTable pairs, String other, double sym, double fwd, double otherCount,
                        int epoch) throws Exception {
        moveTo(summary, epoch);
        int at = summary.epoch;
        PairStats stats = pairs.get(other);
        if (stats == null) {
            stats = new PairStats(0, 0, 0, at);
            summary.tracked++;
        } else {
            stats.moveTo(at);
        }
        stats.sym += ForwardDecay.convert(sym, epoch, at);
        stats.fwd += ForwardDecay.convert(fwd, epoch, at);
        stats.otherCount = ForwardDecay.convert(otherCount, epoch, at);
        pairs.put(other, stats);
        offer(summary, pairs, other, stats);
        if (summary.tracked > config.maxTrackedPairs()) prune(summary, pairs);
    }

    /** Applies one (bundled) update of the item: its new count, if any, then each co-occurrence delta. */
    public void apply(ItemSummary summary, PairTable pairs, PairUpdate u) throws Exception {
        if (!Double.isNaN(u.count)) setCount(summary, u.count, u.epoch);
        for (int i = 0; i < u.others.length; i++) {
            addPair(summary, pairs, u.others[i], u.sym[i], u.fwd[i], u.otherCount[i], u.epoch);
        }
    }

    /** The top neighbours by similarity, strongest first. */
    public List<Neighbour> neighbours(ItemSummary summary, int limit) {
        List<Neighbour> result = new ArrayList<>(summary.top.size());
        for (TopEntry e : summary.top) {
            double sim = similarity.of(e.rank, summary.count);
            if (sim > 0) result.add(new Neighbour(e.itemId, sim));
        }
        result.sort(STRONGEST_FIRST);
        return result.size() > limit ? result.subList(0, limit) : result;
    }

    private void moveTo(ItemSummary summary, int epoch) {
        boolean fresh = summary.count == 0 && summary.tracked == 0;
        if (fresh) summary.epoch = epoch;
        if (epoch <= summary.epoch) return;
        int from = summary.epoch;
        summary.epoch = epoch;
        summary.count = ForwardDecay.convert(summary.count, from, epoch);
        for (TopEntry e : summary.top) {
            e.sym = ForwardDecay.convert(e.sym, from, epoch);
            e.fwd = ForwardDecay.convert(e.fwd, from, epoch);
            e.otherCount = ForwardDecay.convert(e.otherCount, from, epoch);
            e.rank = similarity.rankValue(e.sym, e.fwd, e.otherCount);
        }
    }

    private void offer(ItemSummary summary, PairTable pairs, String other, PairStats stats) throws Exception {
        List<TopEntry> top = summary.top;
        TopEntry same = null;
        int weakest = -1;
        double weakestRank = Double.MAX_VALUE;
        for (int i = 0; i < top.size(); i++) {
            TopEntry e = top.get(i);
            if (e.itemId.equals(other)) {
                same = e;
                continue;
            }
            if (e.rank < weakestRank) {
                weakestRank = e.rank;
                weakest = i;
            }
        }
        double rank = similarity.rankValue(stats.sym, stats.fwd, stats.otherCount);
        if (same != null) {
            double before = same.rank;
            same.sym = stats.sym;
            same.fwd = stats.fwd;
            same.otherCount = stats.otherCount;
            same.rank = rank;
            // Counters outside the list are at most as strong as its weakest entry, so one of them
            // can only beat this entry once it falls below all the others and below where it was.
            if (top.size() >= config.topK() && rank < Math.min(before, weakestRank)) {
                promoteStrongerOutsider(summary, pairs, same);
            }
            return;
        }
        TopEntry entry = new TopEntry(other, stats.sym, stats.fwd, stats.otherCount, rank);
        if (top.size() < config.topK()) {
            top.add(entry);
        } else if (rank > weakestRank) {
            top.set(weakest, entry);
        }
    }

    /**
     * Replaces {@code entry} by the strongest counter outside the list, if that one is stronger.
     * Ties go by id, as in {@link #STRONGEST_FIRST}, so the outcome never depends on the table's order.
     */
    private void promoteStrongerOutsider(ItemSummary summary, PairTable pairs, TopEntry entry) throws Exception {
        Set<String> inTop = topIds(summary);
        Neighbour best = null;
        PairStats bestStats = null;
        for (Map.Entry<String, PairStats> e : pairs.entries()) {
            if (inTop.contains(e.getKey())) continue;
            PairStats stats = e.getValue();
            stats.moveTo(summary.epoch);
            Neighbour candidate = new Neighbour(e.getKey(), similarity.rankValue(stats.sym, stats.fwd, stats.otherCount));
            if (candidate.similarity > entry.rank && (best == null || STRONGEST_FIRST.compare(candidate, best) < 0)) {
                best = candidate;
                bestStats = stats;
            }
        }
        if (best != null) {
            entry.itemId = best.itemId;
            entry.sym = bestStats.sym;
            entry.fwd = bestStats.fwd;
            entry.otherCount = bestStats.otherCount;
            entry.rank = best.similarity;
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
            if (inTop.contains(e.getKey())) continue;
            PairStats stats = e.getValue();
            stats.moveTo(summary.epoch);
            candidates.add(new Neighbour(e.getKey(), similarity.rankValue(stats.sym, stats.fwd, stats.otherCount)));
        }
        candidates.sort(STRONGEST_FIRST.reversed());
        int drop = Math.max(1, config.maxTrackedPairs() / 10);
        for (int i = 0; i < drop && i < candidates.size(); i++) {
            pairs.remove(candidates.get(i).itemId);
            summary.tracked--;
        }
    }
}
