package org.streamrec.config;

import java.io.Serializable;

/** How candidates become a ranked list. Keys under {@code ranking.}. */
public record RankingConfig(
        int listSize,
        int seedItems,
        double sessionBoost,
        boolean excludeRecent,
        double rebuyWeight,
        String variant) implements Serializable {

    void validate(Problems p) {
        p.positive("listSize", listSize);
        p.positive("seedItems", seedItems);
        p.range("sessionBoost", sessionBoost, 1.0, 100.0);
        p.range("rebuyWeight", rebuyWeight, 0, 100);
        p.notBlank("variant", variant);
    }
}
