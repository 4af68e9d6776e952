package org.streamrec.engine.ranking;

import java.util.List;
import org.streamrec.engine.model.BusinessRule;

/** Business rules for tests. */
public final class TestRules {
    private TestRules() {}

    /** An active rule. */
    public static BusinessRule rule(String ruleId, String scope, String target, List<String> items, double weight) {
        BusinessRule r = new BusinessRule();
        r.ruleId = ruleId;
        r.scope = scope;
        r.target = target;
        r.items = items;
        r.weight = weight;
        r.active = true;
        return r;
    }
}
