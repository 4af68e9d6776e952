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
        ReminderConfig r = ConfigLoader.load(null, Map.of("reminders.leadTime", "3d")).reminders();
        assertEquals(Duration.ofDays(3), r.leadTime());
    }

    @Test
    void everyBadValueIsNamedByItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(
                "reminders.maxItemsPerUser", "0",
                "reminders.minConfidence", "1.5",
                "reminders.priorStrength", "0")));
        String all = String.join("\n", e.problems());
        for (String key : new String[] {"reminders.maxItemsPerUser", "reminders.minConfidence", "reminders.priorStrength"}) {
            assertTrue(all.contains(key + ":"), () -> key + " not named in:\n" + all);
        }
    }

    @Test
    void unknownReminderKeyIsRejected() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("reminders.leadtime", "1d")));
        assertTrue(e.problems().get(0).startsWith("reminders.leadtime: unknown key"), e.getMessage());
    }

    @Test
    void theContactPolicyMovedOutOfReminders() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("reminders.maxPerDay", "2")));
        assertTrue(e.problems().get(0).startsWith("reminders.maxPerDay: unknown key"), e.getMessage());
    }
}
