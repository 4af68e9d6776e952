package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @Test
    void parsesEveryUnit() {
        assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
        assertEquals(Duration.ofSeconds(10), Durations.parse("10s"));
        assertEquals(Duration.ofMinutes(30), Durations.parse("30m"));
        assertEquals(Duration.ofHours(2), Durations.parse("2h"));
        assertEquals(Duration.ofDays(30), Durations.parse("30d"));
    }

    @Test
    void toleratesSpacesAroundAndBeforeTheUnit() {
        assertEquals(Duration.ofSeconds(5), Durations.parse(" 5s "));
        assertEquals(Duration.ofSeconds(10), Durations.parse("10 s"));
        assertEquals(Duration.ZERO, Durations.parse("0ms"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 sec", "10", "s", "1.5h", "-5s", "5 S", "PT10S", "", "10s5"})
    void rejectsAnythingElseQuotingTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("250ms, 10s, 30m, 2h or 30d"), e.getMessage());
    }

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
