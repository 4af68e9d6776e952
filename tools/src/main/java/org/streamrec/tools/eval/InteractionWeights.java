package org.streamrec.tools.eval;

import org.streamrec.config.ActionWeights;
import org.streamrec.engine.model.Event;

/**
 * How much an interaction says about a user's taste, for the baselines that weigh actions: the
 * job's {@code profile.actionWeights} (view 1, favourite 2, cart 3, purchase 5 by default), a
 * rating of r stars as {@code purchase x (r - 3) / 2}, a review as a view. Removals and low
 * ratings come out at or below 0, which the baselines ignore.
 */
public final class InteractionWeights {
    private final ActionWeights weights;

    public InteractionWeights(ActionWeights weights) {
        this.weights = weights;
    }

    double of(Event e) {
        if (e.type == null) return 0;
        return switch (e.type) {
            case VIEW, REVIEW -> weights.view();
            case SEARCH -> weights.search();
            case FAVOURITE -> weights.favourite();
            case ADD_TO_CART -> weights.addToCart();
            case REMOVE_FROM_CART -> weights.removeFromCart();
            case PURCHASE -> weights.purchase();
            case RATING -> weights.purchase() * (e.rating - 3) / 2.0;
            default -> 0;
        };
    }
}
