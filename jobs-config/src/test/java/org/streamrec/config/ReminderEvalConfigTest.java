package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderEvalConfigTest {

    @Test
    void defaultsAreAWeekWindowAndATwoWeekFixedInterval() {
        ReminderEvalConfig defaults = ConfigLoader.defaults().reminderEval();
        assertEquals(Duration.ofDays(7), defaults.window());
        assertEquals(Duration.ofDays(14), defaults.fixedInterval());
        assertEquals(Duration.ofDays(3), ConfigLoader.load(null, Map.of("reminderEval.window", "3d")).reminderEval().window());
    }

    @Test
    void eachBadValueIsNamedByItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(
                "reminderEval.window", "0ms", "reminderEval.fixedInterval", "0ms")));
        assertEquals(List.of("reminderEval.window: must be a positive duration such as 10s, got PT0S",
                "reminderEval.fixedInterval: must be a positive duration such as 10s, got PT0S"),
                e.problems(), e.getMessage());
    }
}
