package org.streamrec.config;

import java.io.Serializable;
import java.util.List;

/** How the leading offer is chosen among the ranked items. Keys under {@code offer.}. */
public record OfferConfig(
        List<Double> positionPropensity,
        double unknownValue) implements Serializable {

    void validate(Problems p) {
        if (positionPropensity == null || positionPropensity.isEmpty()) {
            p.add("positionPropensity", "must list at least one probability");
            return;
        }
        for (int i = 0; i < positionPropensity.size(); i++) {
            Double v = positionPropensity.get(i);
            if (v == null || !(v >= 0 && v <= 1)) {
                p.add("positionPropensity", "entry " + (i + 1) + " must be between 0 and 1, got " + v);
            } else if (i > 0 && positionPropensity.get(i - 1) != null && v > positionPropensity.get(i - 1)) {
                p.add("positionPropensity", "must not rise with position, but entry " + (i + 1) + " (" + v
                        + ") is above entry " + i + " (" + positionPropensity.get(i - 1) + ")");
            }
        }
        p.range("unknownValue", unknownValue, 0, 1e9);
    }
}
