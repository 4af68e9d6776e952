package org.streamrec.engine.ranking;

import org.streamrec.engine.model.BusinessRule;

/** The business weight of an item: the product of the weights of every active rule that applies to it (1 when none). */
public final class BusinessWeights {
    private BusinessWeights() {}

    public static double of(Iterable<BusinessRule> rules, String itemId, String category) {
        double weight = 1.0;
        for (BusinessRule r : rules) {
            if (r.active && r.appliesTo(itemId, category)) weight *= r.weight;
        }
        return weight;
    }
}
