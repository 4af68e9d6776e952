package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** Per-user state: affinities, session, purchase history. Keys under {@code profile.}. */
public record ProfileConfig(
        ActionWeights actionWeights,
        Duration affinityHalfLife,
        int maxAffinities,
        int sessionSize,
        Duration sessionGap,
        int purchaseHistorySize) implements Serializable {

    void validate(Problems p) {
        if (actionWeights == null) p.add("actionWeights", "must be set");
        else actionWeights.validate(p.section("actionWeights"));
        p.positive("affinityHalfLife", affinityHalfLife);
        p.positive("maxAffinities", maxAffinities);
        p.positive("sessionSize", sessionSize);
        p.positive("sessionGap", sessionGap);
        p.positive("purchaseHistorySize", purchaseHistorySize);
    }
}
