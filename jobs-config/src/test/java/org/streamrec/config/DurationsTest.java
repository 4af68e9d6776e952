package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void formatUsesTheLargestExactUnitAndParsesBack() {
        assertEquals("30m", Durations.format(Duration.ofMinutes(30)));
        assertEquals("90m", Durations.format(Duration.ofMinutes(90)));
        assertEquals("2h", Durations.format(Duration.ofHours(2)));
        assertEquals("30d", Durations.format(Duration.ofDays(30)));
        assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
        assertEquals("0ms", Durations.format(Duration.ZERO));
        for (String text : new String[] {"250ms", "10s", "45m", "36h", "7d"}) {
            assertEquals(text, Durations.format(Durations.parse(text)));
        }
    }
}
