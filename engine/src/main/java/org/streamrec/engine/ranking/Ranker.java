package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.similarity.Neighbour;

/**
 * Scores candidates as sum over seeds of seed weight x similarity (SAR: affinity x similarity),
 * drops what must not be shown, and explains each item by the seed that contributed most.
 */
public final class Ranker {
    private Ranker() {}

    /** Every eligible candidate, best first. */
    public static List<RankedItem> rank(Collection<CandidateSet> sets, Eligibility eligibility) {
        Map<String, Candidate> byItem = new HashMap<>();
        for (CandidateSet set : sets) {
            for (Neighbour n : set.neighbours()) {
                double contribution = set.seedWeight() * n.similarity;
                byItem.computeIfAbsent(n.itemId, Candidate::new).add(contribution, set);
            }
        }
        List<RankedItem> ranked = new ArrayList<>();
        byItem.values().stream()
                .filter(c -> eligibility.allows(c.itemId))
                .sorted(Comparator.comparingDouble((Candidate c) -> c.score).reversed().thenComparing(c -> c.itemId))
                .forEach(c -> ranked.add(new RankedItem(c.itemId, c.score, c.reason())));
        return ranked;
    }

    private static final class Candidate {
        final String itemId;
        double score;
        double bestContribution = -1;
        CandidateSet bestSeed;

        Candidate(String itemId) {
            this.itemId = itemId;
        }

        void add(double contribution, CandidateSet seed) {
            score += contribution;
            if (contribution > bestContribution) {
                bestContribution = contribution;
                bestSeed = seed;
            }
        }

        String reason() {
            return "often chosen with " + bestSeed.seedId() + ", which you " + bestSeed.seedAction();
        }
    }
}
