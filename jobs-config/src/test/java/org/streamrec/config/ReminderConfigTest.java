package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderConfigTest {

    @Test
    void defaultsLoadAndOverridesApply() {
        ReminderConfig r = ConfigLoader.load(null, Map.of(
                "reminders.leadTime", "3d",
                "reminders.defaultTimeZone", "Europe/Paris",
                "reminders.requireExplicitConsent", "true")).reminders();
        assertEquals(Duration.ofDays(3), r.leadTime());
        assertEquals("Europe/Paris", r.defaultTimeZone());
        assertTrue(r.requireExplicitConsent());
        assertTrue(ConfigLoader.defaults().reminders().maxPerWeek() >= ConfigLoader.defaults().reminders().maxPerDay());
    }

    @Test
    void everyBadValueIsNamedByItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(
                "reminders.defaultTimeZone", "Mars/Olympus",
                "reminders.quietHoursEnd", "24",
                "reminders.maxPerDay", "3",
                "reminders.maxPerWeek", "2",
                "reminders.minConfidence", "1.5",
                "reminders.priorStrength", "0")));
        String all = String.join("\n", e.problems());
        for (String key : new String[] {"reminders.defaultTimeZone", "reminders.quietHoursEnd",
                "reminders.maxPerWeek", "reminders.minConfidence", "reminders.priorStrength"}) {
            assertTrue(all.contains(key + ":"), () -> key + " not named in:\n" + all);
        }
        assertEquals(5, e.problems().size(), all);
    }

    @Test
    void unknownReminderKeyIsRejected() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("reminders.leadtime", "1d")));
        assertTrue(e.problems().get(0).startsWith("reminders.leadtime: unknown key"), e.getMessage());
    }
}
