package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** Per-user state: affinities, session, purchase history. Keys under {@code profile.}. */
public record ProfileConfig(
        ActionWeights actionWeights,
        Duration affinityHalfLife,
        int maxItems,
        int recentItems,
        Duration sessionGap,
        int cachedUsers) implements Serializable {

    void validate(Problems p) {
        if (actionWeights == null) p.add("actionWeights", "must be set");
        else actionWeights.validate(p.section("actionWeights"));
        p.positive("affinityHalfLife", affinityHalfLife);
        p.positive("recentItems", recentItems);
        if (maxItems < recentItems) p.add("maxItems", "must be >= recentItems (" + recentItems + "), got " + maxItems);
        p.positive("sessionGap", sessionGap);
        p.positive("cachedUsers", cachedUsers);
    }
}
