package org.streamrec.engine.profile;

import org.streamrec.config.ActionWeights;
import org.streamrec.engine.model.Event;

/** Turns an interaction into a weight, and names the action for reasons shown to shoppers. */
public final class ActionWeighting {
    private ActionWeighting() {}

    /**
     * Weight of the event's action. Explicit ratings map onto the purchase weight: 5 stars is a
     * purchase, 3 is neutral, 1-2 are negative (they lower affinity and never add co-occurrence).
     */
    public static double weight(Event e, ActionWeights w) {
        return switch (e.type) {
            case VIEW -> w.view();
            case SEARCH -> w.search();
            case FAVOURITE -> w.favourite();
            case ADD_TO_CART -> w.addToCart();
            case REMOVE_FROM_CART -> w.removeFromCart();
            case PURCHASE -> w.purchase();
            case RATING, REVIEW -> w.purchase() * (e.rating - 3) / 2.0;
            default -> 0;
        };
    }

    public static String describe(Event e) {
        return switch (e.type) {
            case VIEW -> "viewed";
            case SEARCH -> "searched for";
            case FAVOURITE -> "saved";
            case ADD_TO_CART -> "added to cart";
            case REMOVE_FROM_CART -> "removed from cart";
            case PURCHASE -> "bought";
            case RATING -> "rated";
            case REVIEW -> "reviewed";
            default -> e.type.wireName();
        };
    }
}
