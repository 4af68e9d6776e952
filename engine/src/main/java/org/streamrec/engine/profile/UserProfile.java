package org.streamrec.engine.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.streamrec.config.ProfileConfig;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.filter.EventItems;
import org.streamrec.engine.filter.RecentItemsExclusion;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;

/**
 * Everything the engine remembers about one user's interactions: per-item history (decayed affinity,
 * implicit ratings, explicit rating, purchases with quantities), the most recent distinct items in
 * order, the items of the last few events (never recommended: just seen), and how often the user
 * returns to an item they had before. Bounded by {@link ProfileConfig#maxItems()} and
 * {@link ProfileConfig#recentItems()}. A Flink POJO.
 */
public class UserProfile {
    public Map<String, ItemHistory> items = new HashMap<>();
    /** Most recent distinct items, newest last. */
    public List<String> recent = new ArrayList<>();
    public long sessionStart;
    public long lastEventTime;
    /** Items of the user's last events: not recommended, and not counted as returns. */
    public RecentItemsExclusion justSeen = new RecentItemsExclusion();
    /** Items interacted with, one per item of each event. */
    public long touches;
    /** Of {@link #touches}, those of an item the user had before and had not just seen. */
    public long returns;

    public UserProfile() {}

    public UserProfile(int excludeLastEvents) {
        this.justSeen = new RecentItemsExclusion(excludeLastEvents);
    }

    /**
     * Learns from one interaction and returns how the co-occurrence counts change, pairing each touched
     * item with at most {@code pairsPerEvent} of the user's most recent other items.
     */
    public List<CooccurrenceDelta> record(Event e, ProfileConfig cfg, SimilarityConfig similarity) {
        if (e.eventTime - lastEventTime > cfg.sessionGap().toMillis()) sessionStart = e.eventTime;
        lastEventTime = Math.max(lastEventTime, e.eventTime);
        for (String itemId : EventItems.of(e)) {
            touches++;
            if (items.containsKey(itemId) && !justSeen.excludes(itemId)) returns++;
        }
        justSeen.observe(e);
        double weight = ActionWeighting.weight(e, cfg.actionWeights());
        String action = ActionWeighting.describe(e);
        List<CooccurrenceDelta> deltas = new ArrayList<>(1);
        if (e.lines != null) {
            for (OrderLine line : e.lines) {
                if (line == null || line.itemId == null) continue;
                ItemHistory h = touch(line.itemId, e, weight, action, similarity, cfg, deltas);
                h.purchases++;
                h.unitsBought += line.quantity;
                h.lastQuantity = line.quantity;
                h.lastPurchaseTime = e.eventTime;
            }
        } else if (e.itemId != null) {
            ItemHistory h = touch(e.itemId, e, weight, action, similarity, cfg, deltas);
            if (e.rating > 0) h.explicitRating = e.rating;
        }
        forgetWeakest(cfg);
        return deltas;
    }

    private ItemHistory touch(String itemId, Event e, double weight, String action, SimilarityConfig similarity,
                              ProfileConfig cfg, List<CooccurrenceDelta> deltas) {
        ItemHistory h = items.computeIfAbsent(itemId, k -> new ItemHistory());
        if (h.time < sessionStart) h.sessionRating = 0;
        h.affinity = h.affinityAt(e.eventTime, cfg.affinityHalfLife().toMillis()) + weight;
        h.time = Math.max(h.time, e.eventTime);
        if (weight > h.rating) {
            h.rating = weight;
            h.strongestAction = action;
        } else if (h.strongestAction == null) {
            h.strongestAction = action;
        }
        if (weight > h.sessionRating) {
            double old = h.sessionRating;
            h.sessionRating = weight;
            deltas.add(new CooccurrenceDelta(itemId, weight - old, partners(itemId, e.eventTime, old, weight, similarity)));
        }
        recent.remove(itemId);
        recent.add(itemId);
        if (recent.size() > cfg.recentItems()) recent.remove(0);
        return h;
    }

    /** The co-occurrence changes with the most recent other items, the nearest first; items of the same event have no order. */
    private List<Partner> partners(String itemId, long time, double oldRating, double newRating, SimilarityConfig similarity) {
        int limit = similarity.pairsPerEvent();
        List<Partner> partners = new ArrayList<>(Math.min(limit, recent.size()));
        double sequenceWeight = 1;
        for (int i = recent.size() - 1; i >= 0 && partners.size() < limit; i--) {
            String other = recent.get(i);
            if (other.equals(itemId)) continue;
            ItemHistory h = items.get(other);
            double r = h.time >= sessionStart ? h.sessionRating : h.rating;
            double delta = Math.min(newRating, r) - Math.min(oldRating, r);
            if (delta > 0) partners.add(new Partner(other, delta, h.time == time ? 0 : delta * sequenceWeight));
            sequenceWeight *= similarity.sequenceDecay();
        }
        return partners;
    }

    private void forgetWeakest(ProfileConfig cfg) {
        if (items.size() <= cfg.maxItems()) return;
        long halfLife = cfg.affinityHalfLife().toMillis();
        Set<String> keep = new HashSet<>(recent);
        String weakest = null;
        double weakestAffinity = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, ItemHistory> en : items.entrySet()) {
            if (keep.contains(en.getKey()) || justSeen.excludes(en.getKey())) continue;
            double affinity = en.getValue().affinityAt(lastEventTime, halfLife);
            // Strictly less, by Double.compare: the first one met among equals goes.
            if (weakest == null || Double.compare(affinity, weakestAffinity) < 0) {
                weakest = en.getKey();
                weakestAffinity = affinity;
            }
        }
        if (weakest != null) items.remove(weakest);
    }

    /**
     * The user's most recent items as seeds, newest first: the k-th weighs {@code recencyDecay}^k, then
     * by the user's explicit rating ({@link FeedbackWeighting}). Items with no positive action (only
     * removed from a cart) and items rated low seed nothing and take no seed's place.
     */
    public List<Seed> seeds(int limit, double recencyDecay, int lowRating, double ratingBoost) {
        List<Seed> seeds = new ArrayList<>(limit);
        double recency = 1;
        for (int i = recent.size() - 1; i >= 0 && seeds.size() < limit; i--) {
            String itemId = recent.get(i);
            ItemHistory h = items.get(itemId);
            double weight = FeedbackWeighting.seedWeight(recency, h.explicitRating, lowRating, ratingBoost);
            if (h.rating <= 0 || weight <= 0) continue;
            seeds.add(new Seed(itemId, weight, h.strongestAction));
            recency *= recencyDecay;
        }
        return seeds;
    }

    /**
     * Up to {@code limit} items the user had, strongest decayed affinity first (recency, frequency and
     * the weight of the actions in one number), leaving out what the user just saw and rated low.
     */
    public List<RepeatCandidate> repeats(long now, int limit, long halfLifeMillis, int lowRating) {
        if (limit <= 0) return List.of();
        PriorityQueue<RepeatCandidate> best = new PriorityQueue<>(limit + 1,
                (a, b) -> a.affinity() != b.affinity() ? Double.compare(a.affinity(), b.affinity()) : b.itemId().compareTo(a.itemId()));
        items.forEach((itemId, h) -> {
            if (justSeen.excludes(itemId) || FeedbackWeighting.ratedLow(h.explicitRating, lowRating)) return;
            double affinity = h.affinityAt(now, halfLifeMillis);
            if (affinity <= 0) return;
            best.add(new RepeatCandidate(itemId, affinity, h.purchases));
            if (best.size() > limit) best.poll();
        });
        List<RepeatCandidate> strongestFirst = new ArrayList<>(best.size());
        while (!best.isEmpty()) strongestFirst.add(0, best.poll());
        return strongestFirst;
    }

    /** The share of this user's interactions that return to an item they had, shrunk toward {@code priorShare}. */
    public double returnShare(double priorShare, double priorWeight) {
        return (returns + priorShare * priorWeight) / (touches + priorWeight);
    }

    /** Items never to recommend now: the ones just seen, and the ones rated low. */
    public Set<String> excluded(int lowRating) {
        Set<String> excluded = justSeen.excludedItems();
        items.forEach((itemId, h) -> {
            if (FeedbackWeighting.ratedLow(h.explicitRating, lowRating)) excluded.add(itemId);
        });
        return excluded;
    }

    /** Items the user bought. */
    public List<String> bought() {
        List<String> bought = new ArrayList<>();
        items.forEach((itemId, h) -> {
            if (h.purchases > 0) bought.add(itemId);
        });
        return bought;
    }
}
