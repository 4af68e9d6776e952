package org.streamrec.config;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The one contact policy for every message the engine sends a shopper (replenishment reminders and
 * triggered offers): caps across all kinds, quiet hours, consent, a cool-down per kind. Keys under
 * {@code contact.}.
 */
public record ContactConfig(
        int maxPerDay,
        int maxPerWeek,
        int quietHoursStart,
        int quietHoursEnd,
        String defaultTimeZone,
        boolean requireExplicitConsent,
        Duration maxDelay,
        CoolDownConfig coolDown) implements Serializable {

    void validate(Problems p) {
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
        p.positive("maxDelay", maxDelay);
        if (coolDown == null) p.add("coolDown", "must be set");
        else coolDown.validate(p.section("coolDown"));
    }
}
