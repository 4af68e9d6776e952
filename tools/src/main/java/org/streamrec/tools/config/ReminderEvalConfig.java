package org.streamrec.tools.config;

import org.streamrec.config.Problems;

import java.io.Serializable;
import java.time.Duration;

/**
 * How {@code ./recs eval} scores replenishment reminders (engine and baselines). Keys under
 * {@code reminderEval.}; documented in defaults.yaml.
 */
public record ReminderEvalConfig(
        Duration window,
        Duration fixedInterval) implements Serializable {

    void validate(Problems p) {
        p.positive("window", window);
        p.positive("fixedInterval", fixedInterval);
    }
}
