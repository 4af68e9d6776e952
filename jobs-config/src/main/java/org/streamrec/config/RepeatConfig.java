package org.streamrec.config;

import java.io.Serializable;

/**
 * Items the user already had, as candidates ("see it again", "buy it again"), blended with new items
 * by how often this user returns to an item. Keys under {@code ranking.repeat.}.
 */
public record RepeatConfig(
        double priorShare,
        double priorWeight,
        int candidates,
        double similarCoverage) implements Serializable {

    void validate(Problems p) {
        p.range("priorShare", priorShare, 0, 1);
        p.range("priorWeight", priorWeight, 0, 1_000_000);
        p.atLeast("candidates", candidates, 0);
        if (!(similarCoverage > 0 && similarCoverage <= 1)) p.add("similarCoverage", "must be > 0 and <= 1, got " + similarCoverage);
    }
}
