package org.streamrec.engine.model;

import java.util.List;

/**
 * A business lever on the offer, from the rules topic: multiply the expected value of an item, of
 * every item in a category, or of a campaign's items by {@link #weight}. A rule with the same
 * {@link #ruleId} replaces the earlier one; {@code active = false} withdraws it.
 */
public class BusinessRule {
    public String ruleId;
    /** item, category or campaign. */
    public String scope;
    /** The item id (scope item) or category (scope category); null for campaigns. */
    public String target;
    /** The campaign's items (scope campaign); null otherwise. */
    public List<String> items;
    public double weight;
    public boolean active;

    public BusinessRule() {}

    /** Whether the rule applies to an item of this category. */
    public boolean appliesTo(String itemId, String category) {
        return switch (scope) {
            case "item" -> itemId.equals(target);
            case "category" -> target.equals(category);
            default -> items.contains(itemId);
        };
    }
}
