package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** Items shown again and again without a reaction stop being recommended. Keys under {@code ranking.impressions.}. */
public record ImpressionConfig(
        int limit,
        Duration window,
        int maxItems) implements Serializable {

    void validate(Problems p) {
        p.positive("limit", limit);
        p.positive("window", window);
        p.positive("maxItems", maxItems);
    }
}
