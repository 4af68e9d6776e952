package org.streamrec.config;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/** Replenishment reminders: repurchase model, contact policy, lifecycle. Keys under {@code reminders.}. */
public record ReminderConfig(
        Duration leadTime,
        Duration mergeWindow,
        int maxPerDay,
        int maxPerWeek,
        int quietHoursStart,
        int quietHoursEnd,
        String defaultTimeZone,
        Duration expireAfter,
        double minConfidence,
        double repeatRateThreshold,
        double priorStrength,
        int maxItemsPerUser,
        boolean requireExplicitConsent) implements Serializable {

    void validate(Problems p) {
        p.positive("leadTime", leadTime);
        if (mergeWindow == null || mergeWindow.isNegative()) p.add("mergeWindow", "must be >= 0ms, got " + mergeWindow);
        p.positive("maxPerDay", maxPerDay);
        if (maxPerWeek < maxPerDay) p.add("maxPerWeek", "must be >= maxPerDay (" + maxPerDay + "), got " + maxPerWeek);
        p.range("quietHoursStart", quietHoursStart, 0, 23);
        p.range("quietHoursEnd", quietHoursEnd, 0, 23);
        p.notBlank("defaultTimeZone", defaultTimeZone);
        if (defaultTimeZone != null && !defaultTimeZone.isBlank()) {
            try {
                ZoneId.of(defaultTimeZone);
            } catch (DateTimeException e) {
                p.add("defaultTimeZone", "must be an IANA time zone such as Europe/Paris or UTC, got '" + defaultTimeZone + "'");
            }
        }
        p.positive("expireAfter", expireAfter);
        p.range("minConfidence", minConfidence, 0, 1);
        p.range("repeatRateThreshold", repeatRateThreshold, 0, 1);
        if (!(priorStrength > 0)) p.add("priorStrength", "must be > 0, got " + priorStrength);
        p.positive("maxItemsPerUser", maxItemsPerUser);
    }
}
