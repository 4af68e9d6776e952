package org.streamrec.config;

import java.io.Serializable;

/** How candidates become a ranked list. Keys under {@code ranking.}. */
public record RankingConfig(
        int listSize,
        int seedItems,
        String variant) implements Serializable {

    void validate(Problems p) {
        p.positive("listSize", listSize);
        p.positive("seedItems", seedItems);
        p.notBlank("variant", variant);
    }
}
