package org.streamrec.config;

import java.io.Serializable;

/** How candidates become a ranked list. Keys under {@code ranking.}. */
public record RankingConfig(
        int listSize,
        int seedItems,
        double sessionBoost,
        boolean excludeRecent,
        double rebuyWeight,
        String variant,
        int maxPerCategory,
        int lowRating,
        double ratingBoost,
        TrendingConfig trending,
        ImpressionConfig impressions) implements Serializable {

    /** The first positions of a list, where {@link #maxPerCategory} applies. */
    public static final int DIVERSITY_DEPTH = 10;

    void validate(Problems p) {
        p.positive("listSize", listSize);
        p.positive("seedItems", seedItems);
        p.range("sessionBoost", sessionBoost, 1.0, 100.0);
        p.range("rebuyWeight", rebuyWeight, 0, 100);
        p.notBlank("variant", variant);
        p.positive("maxPerCategory", maxPerCategory);
        p.range("lowRating", lowRating, 0, 4);
        p.range("ratingBoost", ratingBoost, 0, 10);
        if (trending == null) p.add("trending", "must be set");
        else trending.validate(p.section("trending"));
        if (impressions == null) p.add("impressions", "must be set");
        else impressions.validate(p.section("impressions"));
    }
}
