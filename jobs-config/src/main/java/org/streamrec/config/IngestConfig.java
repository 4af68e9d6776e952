package org.streamrec.config;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What the engine accepts from its input topics: limits on a record's size and shape and on its
 * values. A record over a limit becomes a dead letter with its reason, never state. Keys under
 * {@code ingest.}; documented in defaults.yaml.
 */
public record IngestConfig(
        int maxRecordBytes,
        int maxNestingDepth,
        int maxIdLength,
        int maxTextLength,
        int maxListSize,
        int maxQuantity,
        double maxPrice,
        String earliestEventTime) implements Serializable {

    /** The deepest nesting the contract's own records need: a purchase's lines (object, array, object). */
    public static final int CONTRACT_NESTING_DEPTH = 3;

    /** {@link #earliestEventTime} in epoch milliseconds; {@link #validate} has checked that it parses. */
    public long earliestEventTimeMillis() {
        return Instant.parse(earliestEventTime).toEpochMilli();
    }

    void validate(Problems p) {
        p.atLeast("maxRecordBytes", maxRecordBytes, 1024);
        p.atLeast("maxNestingDepth", maxNestingDepth, CONTRACT_NESTING_DEPTH);
        p.positive("maxIdLength", maxIdLength);
        p.positive("maxTextLength", maxTextLength);
        p.positive("maxListSize", maxListSize);
        p.positive("maxQuantity", maxQuantity);
        if (!(maxPrice > 0) || Double.isInfinite(maxPrice)) p.add("maxPrice", "must be a number > 0, got " + maxPrice);
        try {
            if (Instant.parse(earliestEventTime).toEpochMilli() < 0) {
                p.add("earliestEventTime", "must not be before 1970-01-01T00:00:00Z, got " + earliestEventTime);
            }
        } catch (DateTimeParseException | NullPointerException e) {
            p.add("earliestEventTime", "must be an ISO-8601 instant such as 2000-01-01T00:00:00Z, got " + earliestEventTime);
        }
    }
}
