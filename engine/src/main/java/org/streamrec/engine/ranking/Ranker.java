package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.RankedItem;

/**
 * Scores a user's candidates as a mixture of the two ways a shopper's next interaction goes: back to
 * an item they had (probability = the user's return share p), or to a new one (1 - p).
 * <pre>
 *   score(c) = p x affinity(c) / sum of affinities  +  (1 - p) x similar(c) / sum of similar
 *   similar(c) = sum over seeds s of weight(s) x similarity(s, c)      (item index, strongest first)
 * </pre>
 * Each part is normalised over the eligible candidates, so the two are on one scale and a user who
 * always comes back (groceries) and one who never does (browsing) each get the right mix. Items not
 * eligible are dropped before normalising; each item is explained by the part that gave it most.
 */
public final class Ranker {
    /** Highest score first, ties by id. */
    private static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int byScore = Double.compare(b.score, a.score);
        return byScore != 0 ? byScore : a.itemId.compareTo(b.itemId);
    };

    private Ranker() {}

    /** Every eligible candidate of the request, best first. */
    public static List<RankedItem> rank(RankRequest r, ItemIndex index, Eligibility eligibility) {
        Map<String, Candidate> byItem = new HashMap<>();
        double similarTotal = 0;
        int seeds = r.seeds == null ? 0 : r.seeds.length;
        for (int s = 0; s < seeds; s++) {
            int seed = index.id(r.seeds[s]);
            int[] ns = index.neighbours(seed);
            float[] sims = index.similarities(seed);
            String reason = null;
            for (int k = 0; k < ns.length; k++) {
                String itemId = index.name(ns[k]);
                if (!eligibility.allows(itemId)) continue;
                double contribution = r.seedWeights[s] * sims[k];
                if (reason == null) reason = "often chosen with " + r.seeds[s] + ", which you " + r.seedActions[s];
                byItem.computeIfAbsent(itemId, Candidate::new).addSimilar(contribution, reason);
                similarTotal += contribution;
            }
        }
        double repeatTotal = 0;
        int repeats = r.repeats == null ? 0 : r.repeats.length;
        for (int i = 0; i < repeats; i++) {
            if (eligibility.allows(r.repeats[i])) repeatTotal += r.repeatAffinities[i];
        }
        double p = similarTotal == 0 ? 1 : repeatTotal == 0 ? 0 : r.returnShare;
        List<Candidate> scored = new ArrayList<>(byItem.size() + repeats);
        for (Candidate c : byItem.values()) {
            c.score = (1 - p) * c.similar / similarTotal;
            scored.add(c);
        }
        for (int i = 0; i < repeats; i++) {
            String itemId = r.repeats[i];
            if (!eligibility.allows(itemId)) continue;
            Candidate c = byItem.get(itemId);
            if (c == null) {
                c = new Candidate(itemId);
                scored.add(c);
            }
            double part = p * r.repeatAffinities[i] / repeatTotal;
            c.score += part;
            if (part > c.similarPart(p, similarTotal)) {
                c.reason = repeatReason(r.repeatPurchases[i]);
                c.source = RankedItem.REPEAT;
            }
        }
        scored.sort(BEST_FIRST);
        List<RankedItem> ranked = new ArrayList<>(scored.size());
        for (Candidate c : scored) {
            if (c.score > 0) ranked.add(new RankedItem(c.itemId, c.score, c.reason, c.source));
        }
        return ranked;
    }

    private static String repeatReason(int purchases) {
        if (purchases == 0) return "you looked at it before";
        return "you bought it " + (purchases == 1 ? "once" : purchases + " times") + "; time to restock?";
    }

    private static final class Candidate {
        final String itemId;
        double similar;
        double bestSimilar = -1;
        double score;
        String reason;
        String source;

        Candidate(String itemId) {
            this.itemId = itemId;
        }

        void addSimilar(double contribution, String seedReason) {
            similar += contribution;
            if (contribution > bestSimilar) {
                bestSimilar = contribution;
                reason = seedReason;
                source = RankedItem.SIMILAR;
            }
        }

        double similarPart(double p, double similarTotal) {
            return similar == 0 ? 0 : (1 - p) * similar / similarTotal;
        }
    }
}
