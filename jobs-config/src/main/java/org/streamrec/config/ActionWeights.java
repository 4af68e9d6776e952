package org.streamrec.config;

import java.io.Serializable;

/** How much each kind of interaction says about a user's taste. Keys under {@code profile.actionWeights.}. */
public record ActionWeights(
        double view,
        double search,
        double favourite,
        double addToCart,
        double removeFromCart,
        double purchase) implements Serializable {

    void validate(Problems p) {
        p.range("view", view, 0, 100);
        p.range("search", search, 0, 100);
        p.range("favourite", favourite, 0, 100);
        p.range("addToCart", addToCart, 0, 100);
        p.range("removeFromCart", removeFromCart, -100, 0);
        p.range("purchase", purchase, 0, 100);
        if (!(view <= favourite && favourite <= addToCart && addToCart <= purchase)) {
            p.add("", "weights must rise view <= favourite <= addToCart <= purchase, got " + this);
        }
    }
}
