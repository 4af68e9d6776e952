package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** What is popular lately, and over the long run: the fill for short lists. Keys under {@code ranking.trending.}. */
public record TrendingConfig(
        Duration halfLife,
        int itemsPerCategory,
        int maxCategories) implements Serializable {

    void validate(Problems p) {
        p.positive("halfLife", halfLife);
        p.positive("itemsPerCategory", itemsPerCategory);
        p.positive("maxCategories", maxCategories);
    }
}
