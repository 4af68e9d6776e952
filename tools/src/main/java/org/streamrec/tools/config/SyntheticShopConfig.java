package org.streamrec.tools.config;

import org.streamrec.config.Problems;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The generated shop behind the demo and tests (connectors' SyntheticShop). Keys under {@code syntheticShop.}. */
public record SyntheticShopConfig(
        int users,
        int items,
        int categories,
        String start,
        Duration duration,
        long maxEvents,
        long seed) implements Serializable {

    /** The event time the shop opens at; {@link #validate} has checked that {@code start} parses. */
    public Instant startTime() {
        return Instant.parse(start);
    }

    void validate(Problems p) {
        p.positive("users", users);
        p.positive("categories", categories);
        if (items < Math.max(2, categories)) {
            p.add("items", "must be >= 2 and >= categories (" + categories + ") so every category has an item, got " + items);
        }
        try {
            Instant.parse(start);
        } catch (DateTimeParseException | NullPointerException e) {
            p.add("start", "must be an ISO-8601 instant such as 2025-01-01T00:00:00Z, got " + start);
        }
        p.positive("duration", duration);
        p.atLeast("maxEvents", maxEvents, 0);
    }
}
