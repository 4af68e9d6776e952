package org.streamrec.config;

import java.io.Serializable;

/** How candidates become a ranked list. Keys under {@code ranking.}. */
public record RankingConfig(
        int listSize,
        int seedItems,
        double seedRecencyDecay,
        int excludeLastEvents,
        String variant,
        int maxPerCategory,
        int lowRating,
        double ratingBoost,
        RepeatConfig repeat,
        TrendingConfig trending,
        ImpressionConfig impressions) implements Serializable {

    /** The first positions of a list, where {@link #maxPerCategory} applies. */
    public static final int DIVERSITY_DEPTH = 10;

    void validate(Problems p) {
        p.positive("listSize", listSize);
        p.positive("seedItems", seedItems);
        if (!(seedRecencyDecay > 0 && seedRecencyDecay <= 1)) {
            p.add("seedRecencyDecay", "must be > 0 and <= 1, got " + seedRecencyDecay);
        }
        p.atLeast("excludeLastEvents", excludeLastEvents, 0);
        p.notBlank("variant", variant);
        p.positive("maxPerCategory", maxPerCategory);
        p.range("lowRating", lowRating, 0, 4);
        p.range("ratingBoost", ratingBoost, 0, 10);
        if (repeat == null) p.add("repeat", "must be set");
        else repeat.validate(p.section("repeat"));
        if (trending == null) p.add("trending", "must be set");
        else trending.validate(p.section("trending"));
        if (impressions == null) p.add("impressions", "must be set");
        else impressions.validate(p.section("impressions"));
    }
}
