package org.streamrec.config;

import java.io.Serializable;

/**
 * Items the user already had, as candidates ("see it again", "buy it again"), blended with new items
 * by how often this user returns to an item. Keys under {@code ranking.repeat.}.
 */
public record RepeatConfig(
        double priorShare,
        double priorWeight,
        int candidates) implements Serializable {

    void validate(Problems p) {
        p.range("priorShare", priorShare, 0, 1);
        p.range("priorWeight", priorWeight, 0, 1_000_000);
        p.atLeast("candidates", candidates, 0);
    }
}
