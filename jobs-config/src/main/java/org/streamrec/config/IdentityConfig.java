package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** Identity stitching: anonymous shoppers who log in. Keys under {@code identity.}. */
public record IdentityConfig(
        int historyEvents,
        Duration historyWindow,
        Duration forgetAfter,
        int maxLinksPerCustomer) implements Serializable {

    void validate(Problems p) {
        p.atLeast("historyEvents", historyEvents, 0);
        p.positive("historyWindow", historyWindow);
        p.positive("forgetAfter", forgetAfter);
        if (forgetAfter != null && historyWindow != null && forgetAfter.compareTo(historyWindow) < 0) {
            p.add("forgetAfter", "must be >= historyWindow (" + Durations.format(historyWindow) + "), got "
                    + Durations.format(forgetAfter));
        }
        p.positive("maxLinksPerCustomer", maxLinksPerCustomer);
    }
}
