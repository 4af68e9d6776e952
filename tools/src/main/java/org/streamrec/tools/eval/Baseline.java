package org.streamrec.tools.eval;

import java.util.List;

/**
 * A baseline and the settings it may be tuned over; the first is its default, used when there is
 * nothing to tune on.
 *
 * @param description what it does, one sentence for metrics.md
 */
public record Baseline(String name, String description, List<Variant> variants) {
    public Baseline {
        if (variants.isEmpty()) throw new IllegalArgumentException(name + " needs at least one setting");
    }

    public boolean tunable() {
        return variants.size() > 1;
    }
}
