package org.streamrec.tools.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.streamrec.config.ConfigException;
import org.junit.jupiter.api.Test;

class ReminderEvalConfigTest {

    @Test
    void defaultsAreAWeekWindowAndATwoWeekFixedInterval() {
        ReminderEvalConfig defaults = LaunchConfig.defaults().tools().reminderEval();
        assertEquals(Duration.ofDays(7), defaults.window());
        assertEquals(Duration.ofDays(14), defaults.fixedInterval());
        assertEquals(Duration.ofDays(3), LaunchConfig.load(null, Map.of("reminderEval.window", "3d")).tools().reminderEval().window());
    }

    @Test
    void eachBadValueIsNamedByItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> LaunchConfig.load(null, Map.of(
                "reminderEval.window", "0ms", "reminderEval.fixedInterval", "0ms")));
        assertEquals(List.of("reminderEval.window: must be a positive duration such as 10s, got PT0S",
                "reminderEval.fixedInterval: must be a positive duration such as 10s, got PT0S"),
                e.problems(), e.getMessage());
    }
}
