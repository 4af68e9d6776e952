package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactConfigTest {

    @Test
    void defaultsLoadAndOverridesApply() {
        ContactConfig c = ConfigLoader.load(null, Map.of(
                "contact.defaultTimeZone", "Europe/Paris",
                "contact.requireExplicitConsent", "true",
                "contact.coolDown.priceDrop", "5d")).contact();
        assertEquals("Europe/Paris", c.defaultTimeZone());
        assertTrue(c.requireExplicitConsent());
        assertEquals(Duration.ofDays(5), c.coolDown().priceDrop());
        ContactConfig defaults = ConfigLoader.defaults().contact();
        assertTrue(defaults.maxPerWeek() >= defaults.maxPerDay());
        assertEquals(Duration.ZERO, defaults.coolDown().reminder(), "reminders had no cool-down before the policy was shared");
    }

    @Test
    void everyBadValueIsNamedByItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(
                "contact.defaultTimeZone", "Mars/Olympus",
                "contact.quietHoursEnd", "24",
                "contact.maxPerDay", "3",
                "contact.maxPerWeek", "2",
                "contact.maxDelay", "0ms")));
        String all = String.join("\n", e.problems());
        for (String key : new String[] {"contact.defaultTimeZone", "contact.quietHoursEnd", "contact.maxPerWeek",
                "contact.maxDelay"}) {
            assertTrue(all.contains(key + ":"), () -> key + " not named in:\n" + all);
        }
        ConfigException negative = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("contact.coolDown.backInStock", "-1d")));
        assertTrue(negative.problems().get(0).startsWith("contact.coolDown.backInStock:"), negative.getMessage());
    }
}
