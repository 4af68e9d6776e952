package org.streamrec.config;

import java.io.Serializable;

/** The holdout that measures what the engine adds. Keys under {@code experiment.}; documented in defaults.yaml. */
public record ExperimentConfig(
        double holdoutPercent,
        String salt,
        HoldoutPolicy holdoutPolicy) implements Serializable {

    /** What a held-out shopper gets instead of the engine's lists. */
    public enum HoldoutPolicy {
        /** Only what is trending (the engine's cold-start fill), labelled {@code holdout}. */
        TRENDING,
        /** No list at all. */
        NONE
    }

    void validate(Problems p) {
        p.range("holdoutPercent", holdoutPercent, 0, 100);
        p.notBlank("salt", salt);
        if (holdoutPolicy == null) p.add("holdoutPolicy", "must be trending or none");
    }
}
