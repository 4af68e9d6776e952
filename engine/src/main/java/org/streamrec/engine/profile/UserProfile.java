package org.streamrec.engine.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.streamrec.config.ProfileConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;

/**
 * Everything the engine remembers about one user: per-item history (decayed affinity, implicit and
 * explicit rating, purchases with quantities) and the most recent distinct items. Bounded by
 * {@link ProfileConfig#maxItems()} and {@link ProfileConfig#recentItems()}. A Flink POJO, kept
 * whole in keyed state.
 */
public class UserProfile {
    public Map<String, ItemHistory> items = new HashMap<>();
    /** Most recent distinct items, newest last. */
    public List<String> recent = new ArrayList<>();
    public long sessionStart;
    public long lastEventTime;
    /** Recommendation requests made so far; numbers them so late answers to old ones are ignored. */
    public long requests;

    public UserProfile() {}

    /**
     * Learns from one interaction and returns how the co-occurrence counts change, pairing each
     * touched item with at most {@code pairsPerEvent} of the user's most recent other items.
     */
    public List<CooccurrenceDelta> record(Event e, ProfileConfig cfg, int pairsPerEvent) {
        if (e.eventTime - lastEventTime > cfg.sessionGap().toMillis()) sessionStart = e.eventTime;
        lastEventTime = Math.max(lastEventTime, e.eventTime);
        double weight = ActionWeighting.weight(e, cfg.actionWeights());
        String action = ActionWeighting.describe(e);
        List<CooccurrenceDelta> deltas = new ArrayList<>(1);
        if (e.lines != null) {
            for (OrderLine line : e.lines) {
                touch(line.itemId, e, weight, action, pairsPerEvent, cfg, deltas);
                ItemHistory h = items.get(line.itemId);
                h.purchases++;
                h.unitsBought += line.quantity;
                h.lastQuantity = line.quantity;
                h.lastPurchaseTime = e.eventTime;
            }
        } else if (e.itemId != null) {
            touch(e.itemId, e, weight, action, pairsPerEvent, cfg, deltas);
            if (e.rating > 0) items.get(e.itemId).explicitRating = e.rating;
        }
        forgetWeakest(cfg);
        return deltas;
    }

    private void touch(String itemId, Event e, double weight, String action, int pairsPerEvent,
                       ProfileConfig cfg, List<CooccurrenceDelta> deltas) {
        ItemHistory h = items.computeIfAbsent(itemId, k -> new ItemHistory());
        long halfLife = cfg.affinityHalfLife().toMillis();
        h.affinity = h.affinityAt(e.eventTime, halfLife) + weight;
        h.time = Math.max(h.time, e.eventTime);
        if (weight > h.rating) {
            double old = h.rating;
            h.rating = weight;
            h.strongestAction = action;
            deltas.add(new CooccurrenceDelta(itemId, weight - old, partners(itemId, old, weight, pairsPerEvent)));
        } else if (h.strongestAction == null) {
            h.strongestAction = action;
        }
        recent.remove(itemId);
        recent.add(itemId);
        if (recent.size() > cfg.recentItems()) recent.remove(0);
    }

    private List<Partner> partners(String itemId, double oldRating, double newRating, int limit) {
        List<Partner> partners = new ArrayList<>(Math.min(limit, recent.size()));
        for (int i = recent.size() - 1; i >= 0 && partners.size() < limit; i--) {
            String other = recent.get(i);
            if (other.equals(itemId)) continue;
            double r = items.get(other).rating;
            double delta = Math.min(newRating, r) - Math.min(oldRating, r);
            if (delta > 0) partners.add(new Partner(other, delta));
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
            if (keep.contains(en.getKey())) continue;
            double affinity = en.getValue().affinityAt(lastEventTime, halfLife);
            // Strictly less, by Double.compare: the first one met among equals goes, as with Stream.min.
            if (weakest == null || Double.compare(affinity, weakestAffinity) < 0) {
                weakest = en.getKey();
                weakestAffinity = affinity;
            }
        }
        if (weakest != null) items.remove(weakest);
    }

    /**
     * The user's strongest recent items, newest first considered: weight = decayed affinity, times
     * {@code sessionBoost} for items touched in the current session, then weighed by the user's
     * rating, before the strongest {@code limit} are chosen. Items with no positive weight (removed
     * from cart, rated low) seed nothing and take no seed's place.
     */
    public List<Seed> seeds(int limit, double sessionBoost, long now, ProfileConfig cfg, RatingWeighting byRating) {
        long halfLife = cfg.affinityHalfLife().toMillis();
        List<Seed> seeds = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0; i--) {
            String itemId = recent.get(i);
            ItemHistory h = items.get(itemId);
            double weight = byRating.weigh(h.affinityAt(now, halfLife) * (h.time >= sessionStart ? sessionBoost : 1.0),
                    h.explicitRating);
            if (weight > 0) seeds.add(new Seed(itemId, weight, h.strongestAction));
        }
        seeds.sort(Comparator.comparingDouble(Seed::weight).reversed());
        return seeds.size() > limit ? new ArrayList<>(seeds.subList(0, limit)) : seeds;
    }

    /** Items the user bought, with purchase counts and the affinity as of {@code now}. */
    public List<BoughtItem> boughtItems(long now, ProfileConfig cfg) {
        long halfLife = cfg.affinityHalfLife().toMillis();
        List<BoughtItem> bought = new ArrayList<>();
        items.forEach((id, h) -> {
            if (h.purchases > 0) bought.add(new BoughtItem(id, h.purchases, h.affinityAt(now, halfLife)));
        });
        return bought;
    }
}
