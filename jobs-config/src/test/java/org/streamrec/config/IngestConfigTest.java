package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {
    @Test
    void defaultsLoadAndCanBeOverridden() {
        IngestConfig defaults = ConfigLoader.defaults().ingest();
        assertEquals(1_000_000, defaults.maxRecordBytes());
        assertEquals(Instant.parse("2000-01-01T00:00:00Z").toEpochMilli(), defaults.earliestEventTimeMillis());
        IngestConfig set = ConfigLoader.load(null, Map.of("ingest.maxIdLength", "64", "ingest.maxPrice", "250.5",
                "ingest.earliestEventTime", "2015-06-01T00:00:00Z")).ingest();
        assertEquals(64, set.maxIdLength());
        assertEquals(250.5, set.maxPrice());
        assertEquals(Instant.parse("2015-06-01T00:00:00Z").toEpochMilli(), set.earliestEventTimeMillis());
    }

    @Test
    void everyProblemIsNamedByItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(
                "ingest.maxRecordBytes", "100",
                "ingest.maxNestingDepth", "2",
                "ingest.maxIdLength", "0",
                "ingest.maxTextLength", "-1",
                "ingest.maxListSize", "0",
                "ingest.maxQuantity", "0",
                "ingest.maxPrice", "0",
                "ingest.earliestEventTime", "yesterday")));
        assertEquals(List.of(
                "ingest.maxRecordBytes: must be >= 1024, got 100",
                "ingest.maxNestingDepth: must be >= 3, got 2",
                "ingest.maxIdLength: must be > 0, got 0",
                "ingest.maxTextLength: must be > 0, got -1",
                "ingest.maxListSize: must be > 0, got 0",
                "ingest.maxQuantity: must be > 0, got 0",
                "ingest.maxPrice: must be a number > 0, got 0.0",
                "ingest.earliestEventTime: must be an ISO-8601 instant such as 2000-01-01T00:00:00Z, got yesterday"),
                e.problems());
    }

    @Test
    void theEarliestEventTimeCannotPrecedeTheEpoch() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(
                "ingest.earliestEventTime", "1969-12-31T23:59:59Z")));
        assertEquals(List.of("ingest.earliestEventTime: must not be before 1970-01-01T00:00:00Z, got 1969-12-31T23:59:59Z"),
                e.problems());
    }
}
