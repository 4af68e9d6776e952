package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.profile.BoughtItem;
import org.streamrec.engine.similarity.Neighbour;

/**
 * Scores candidates as sum over seeds of seed weight x similarity (SAR: affinity x similarity),
 * plus, for replenishable items the user bought, {@code rebuyWeight} x the user's affinity to the
 * item ("buy it again"); drops what must not be shown, and explains each item by what contributed
 * most.
 */
public final class Ranker {
    /** Highest score first, ties by id: comparingDouble(..).reversed().thenComparing(id), without its wrappers. */
    private static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int byScore = Double.compare(b.score, a.score);
        return byScore != 0 ? byScore : a.itemId.compareTo(b.itemId);
    };

    private Ranker() {}

    /**
     * Every eligible candidate, best first.
     *
     * @param bought the user's purchases; the replenishable ones are candidates again ("buy it again")
     * @param rebuyWeight weight of a replenishable purchase's affinity as a candidate score; 0 turns it off
     */
    public static List<RankedItem> rank(Collection<CandidateSet> sets, Collection<BoughtItem> bought, double rebuyWeight,
                                        Eligibility eligibility) {
        int neighbours = 0;
        for (CandidateSet set : sets) neighbours += set.neighbours().size();
        Map<String, Candidate> byItem = new HashMap<>(2 * neighbours);
        for (CandidateSet set : sets) {
            String reason = "often chosen with " + set.seedId() + ", which you " + set.seedAction();
            for (Neighbour n : set.neighbours()) {
                byItem.computeIfAbsent(n.itemId, Candidate::new).add(set.seedWeight() * n.similarity, reason);
            }
        }
        for (BoughtItem b : bought) {
            CatalogueItem item = eligibility.catalogue().apply(b.itemId);
            if (rebuyWeight > 0 && b.affinity > 0 && item != null && item.isReplenishable()) {
                String reason = "you bought it " + (b.purchases == 1 ? "once" : b.purchases + " times") + "; time to restock?";
                byItem.computeIfAbsent(b.itemId, Candidate::new).add(rebuyWeight * b.affinity, reason);
            }
        }
        List<Candidate> eligible = new ArrayList<>(byItem.size());
        for (Candidate c : byItem.values()) {
            if (eligibility.allows(c.itemId)) eligible.add(c);
        }
        eligible.sort(BEST_FIRST);
        List<RankedItem> ranked = new ArrayList<>(eligible.size());
        for (Candidate c : eligible) ranked.add(new RankedItem(c.itemId, c.score, c.bestReason));
        return ranked;
    }

    private static final class Candidate {
        final String itemId;
        double score;
        double bestContribution = -1;
        String bestReason;

        Candidate(String itemId) {
            this.itemId = itemId;
        }

        void add(double contribution, String reason) {
            score += contribution;
            if (contribution > bestContribution) {
                bestContribution = contribution;
                bestReason = reason;
            }
        }
    }
}
