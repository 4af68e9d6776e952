package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** Popularity in a sliding event-time window, the fallback for short lists. Keys under {@code ranking.trending.}. */
public record TrendingConfig(
        Duration window,
        Duration slide,
        int itemsPerCategory,
        int maxCategories) implements Serializable {

    void validate(Problems p) {
        p.positive("window", window);
        p.positive("slide", slide);
        if (window != null && slide != null && !slide.isNegative() && !slide.isZero()) {
            if (slide.compareTo(window) > 0) p.add("slide", "must be <= window (" + window + "), got " + slide);
            else if (window.toMillis() % slide.toMillis() != 0) {
                p.add("slide", "must divide window (" + window + ") evenly, got " + slide);
            }
        }
        p.positive("itemsPerCategory", itemsPerCategory);
        p.positive("maxCategories", maxCategories);
    }

    /** How many slides make one window. */
    public int buckets() {
        return (int) (window.toMillis() / slide.toMillis());
    }
}
