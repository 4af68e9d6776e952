package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/**
 * Replenishment reminders: repurchase model and lifecycle. Keys under {@code reminders.}; when a
 * reminder may go out is the contact policy's ({@link ContactConfig}).
 */
public record ReminderConfig(
        Duration leadTime,
        Duration mergeWindow,
        Duration expireAfter,
        double minConfidence,
        double repeatRateThreshold,
        double priorStrength,
        int maxItemsPerUser) implements Serializable {

    void validate(Problems p) {
        p.positive("leadTime", leadTime);
        if (mergeWindow == null || mergeWindow.isNegative()) p.add("mergeWindow", "must be >= 0ms, got " + mergeWindow);
        p.positive("expireAfter", expireAfter);
        p.range("minConfidence", minConfidence, 0, 1);
        p.range("repeatRateThreshold", repeatRateThreshold, 0, 1);
        if (!(priorStrength > 0)) p.add("priorStrength", "must be > 0, got " + priorStrength);
        p.positive("maxItemsPerUser", maxItemsPerUser);
    }
}
