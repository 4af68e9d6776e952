package org.streamrec.connectors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvTimestampsTest {
    private static final long T = Instant.parse("2017-11-26T01:00:00Z").toEpochMilli();

    @Test
    void unixSecondsAndMillisAreToldApartByMagnitude() {
        assertEquals(T, CsvTimestamps.toEpochMillis("1511658000"));
        assertEquals(T, CsvTimestamps.toEpochMillis("1511658000000"));
        assertEquals(T + 250, CsvTimestamps.toEpochMillis("1511658000.25"));
        assertEquals(99_999_999_999_000L, CsvTimestamps.toEpochMillis("99999999999"), "just below 10^11 is seconds");
        assertEquals(100_000_000_000L, CsvTimestamps.toEpochMillis("100000000000"), "10^11 is millis");
    }

    @Test
    void isoWithZoneOffsetOrNoneWhichIsUtc() {
        assertEquals(T, CsvTimestamps.toEpochMillis("2017-11-26T01:00:00Z"));
        assertEquals(T, CsvTimestamps.toEpochMillis("2017-11-26T09:00:00+08:00"));
        assertEquals(T, CsvTimestamps.toEpochMillis("2017-11-26T09:00+08:00[Asia/Shanghai]"));
        assertEquals(T, CsvTimestamps.toEpochMillis("2017-11-26T01:00:00"));
        assertEquals(T, CsvTimestamps.toEpochMillis("2017-11-26 01:00:00"));
        assertEquals(T - 3_600_000, CsvTimestamps.toEpochMillis("2017-11-26"));
    }

    @Test
    void anythingElseIsRejectedWithTheValue() {
        for (String bad : new String[] {"yesterday", "-5", "2017-13-01", "1e9", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvTimestamps.toEpochMillis(bad));
            assertEquals("timestamp '" + bad + "' is neither Unix seconds, Unix milliseconds nor ISO-8601", e.getMessage());
        }
    }
}
