package org.streamrec.engine.codec;

import java.util.List;
import org.streamrec.engine.model.BusinessRule;

/** Reads a business rule (docs/events.md) from a JSON object, rejecting what breaks the contract. */
final class RuleParser {
    private static final List<String> SCOPES = List.of("item", "category", "campaign");

    private RuleParser() {}

    static BusinessRule parse(JsonFields f) {
        BusinessRule r = new BusinessRule();
        r.ruleId = f.requiredId("ruleId");
        r.scope = f.requiredText("scope");
        if (!SCOPES.contains(r.scope)) throw f.invalid("scope", "must be one of " + SCOPES + ", got " + Rejection.quote(r.scope));
        if (r.scope.equals("campaign")) r.items = f.requiredIdTexts("items");
        else r.target = f.requiredId("target");
        r.weight = f.requiredNumber("weight");
        if (!(r.weight >= 0)) throw f.invalid("weight", "must be >= 0, got " + r.weight);
        Boolean active = f.optionalBoolean("active");
        r.active = active == null || active;
        return r;
    }
}
