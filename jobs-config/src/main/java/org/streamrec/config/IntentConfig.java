package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** The purchase-intent score and its alert. Keys under {@code intent.}. */
public record IntentConfig(
        double threshold,
        double rearmFraction,
        Duration halfLife,
        IntentWeights weights,
        int maxContributions) implements Serializable {

    void validate(Problems p) {
        if (!(threshold > 0)) p.add("threshold", "must be > 0, got " + threshold);
        if (!(rearmFraction > 0 && rearmFraction <= 1)) p.add("rearmFraction", "must be > 0 and <= 1, got " + rearmFraction);
        p.positive("halfLife", halfLife);
        if (weights == null) p.add("weights", "must be set");
        else weights.validate(p.section("weights"));
        p.positive("maxContributions", maxContributions);
    }

    /** What each action adds to the score. Keys under {@code intent.weights.}. */
    public record IntentWeights(double view, double search, double favourite, double addToCart, double removeFromCart)
            implements Serializable {
        void validate(Problems p) {
            p.range("view", view, 0, 1000);
            p.range("search", search, 0, 1000);
            p.range("favourite", favourite, 0, 1000);
            p.range("addToCart", addToCart, 0, 1000);
            p.range("removeFromCart", removeFromCart, -1000, 0);
        }
    }
}
