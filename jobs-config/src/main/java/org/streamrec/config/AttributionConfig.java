package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** Which list or reminder earned a click, cart or purchase. Keys under {@code attribution.}; documented in defaults.yaml. */
public record AttributionConfig(
        Duration window,
        ExposureSource exposure,
        int recentLists,
        int cachedShoppers) implements Serializable {

    /** What counts as the user having seen a list's items. */
    public enum ExposureSource {
        /** Every emitted list, when it is emitted (for shops that send no impression events). */
        LISTS,
        /** Only items an impression event showed, credited to the latest list that held them. */
        IMPRESSIONS
    }

    void validate(Problems p) {
        p.positive("window", window);
        if (exposure == null) p.add("exposure", "must be lists or impressions");
        p.positive("recentLists", recentLists);
        p.positive("cachedShoppers", cachedShoppers);
    }
}
