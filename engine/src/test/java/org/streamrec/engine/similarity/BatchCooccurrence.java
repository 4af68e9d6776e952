package org.streamrec.engine.similarity;

import java.util.HashMap;
import java.util.Map;
import org.streamrec.config.ActionWeights;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.profile.ActionWeighting;

/**
 * Co-occurrence recomputed from scratch: r_ui = the strongest positive action weight of user u on
 * item i, count(i) = sum_u r_ui, pair(i,j) = sum_u min(r_ui, r_uj).
 */
final class BatchCooccurrence {
    private final ActionWeights weights;
    private final Map<String, Map<String, Double>> ratings = new HashMap<>();

    BatchCooccurrence(ActionWeights weights) {
        this.weights = weights;
    }

    void add(Event e) {
        double weight = ActionWeighting.weight(e, weights);
        if (weight <= 0) return;
        Map<String, Double> user = ratings.computeIfAbsent(e.userId, u -> new HashMap<>());
        if (e.lines != null) {
            for (OrderLine line : e.lines) user.merge(line.itemId, weight, Math::max);
        } else {
            user.merge(e.itemId, weight, Math::max);
        }
    }

    Map<String, Double> counts() {
        Map<String, Double> counts = new HashMap<>();
        for (Map<String, Double> user : ratings.values()) user.forEach((item, r) -> counts.merge(item, r, Double::sum));
        return counts;
    }

    /** pair(i,j) under i then j, for both orders, only where it is positive. */
    Map<String, Map<String, Double>> pairs() {
        Map<String, Map<String, Double>> pairs = new HashMap<>();
        for (Map<String, Double> user : ratings.values()) {
            pairsOf(user).forEach((i, js) -> js.forEach((j, pair) ->
                    pairs.computeIfAbsent(i, k -> new HashMap<>()).merge(j, pair, Double::sum)));
        }
        return pairs;
    }

    /** A copy of one user's implicit ratings. */
    Map<String, Double> ratingsOf(String userId) {
        return new HashMap<>(ratings.getOrDefault(userId, Map.of()));
    }

    /** One user's term of every pair sum: min(r_ui, r_uj) under i then j. */
    static Map<String, Map<String, Double>> pairsOf(Map<String, Double> userRatings) {
        Map<String, Map<String, Double>> pairs = new HashMap<>();
        userRatings.forEach((i, ri) -> userRatings.forEach((j, rj) -> {
            if (!i.equals(j)) pairs.computeIfAbsent(i, k -> new HashMap<>()).put(j, Math.min(ri, rj));
        }));
        return pairs;
    }

    static double cosine(double pair, double countI, double countJ) {
        return pair / Math.sqrt(countI * countJ);
    }
}
