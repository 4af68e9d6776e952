package org.streamrec.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Collects every configuration problem, each named by its full key, so start-up reports all at once. */
public final class Problems {
    private final List<String> messages;
    private final String prefix;

    public Problems() {
        this(new ArrayList<>(), "");
    }

    private Problems(List<String> messages, String prefix) {
        this.messages = messages;
        this.prefix = prefix;
    }

    /** A view that names keys below {@code name}, sharing this collection. */
    public Problems section(String name) {
        return new Problems(messages, prefix + name + ".");
    }

    public void add(String key, String message) {
        messages.add(prefix + key + ": " + message);
    }

    public void positive(String key, long value) {
        if (value <= 0) add(key, "must be > 0, got " + value);
    }

    public void atLeast(String key, long value, long min) {
        if (value < min) add(key, "must be >= " + min + ", got " + value);
    }

    public void range(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) add(key, "must be between " + min + " and " + max + ", got " + value);
    }

    public void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            add(key, "must be a positive duration such as 10s, got " + value);
        }
    }

    public void notNegative(String key, Duration value) {
        if (value == null || value.isNegative()) add(key, "must be a duration >= 0ms such as 0ms or 2d, got " + value);
    }

    public void notBlank(String key, String value) {
        if (value == null || value.isBlank()) add(key, "must not be empty");
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }
}
