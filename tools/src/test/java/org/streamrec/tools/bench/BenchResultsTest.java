package org.streamrec.tools.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchResultsTest {
    @TempDir
    Path dir;

    @Test
    void benchJsonHoldsExactlyTheIssuesKeysFromTheLargestStateRun() throws Exception {
        ThroughputResult full = new ThroughputResult("full", 1_000_000, 40, 80, 900_000);
        ThroughputResult nullJob = new ThroughputResult("null", 1_000_000, 5, 8, 0);
        LatencyResult latency = new LatencyResult(12_500, 375_000, 370_000, 12, 40, 95);
        StateResult small = new StateResult(10, 10, 100, 10, 5, 10_000, 5_000, 7, Map.of());
        StateResult large = new StateResult(100, 100, 1000, 80, 40, 96_000, 20_000, 7, Map.of());

        new BenchResults(full, nullJob, List.of(), latency, List.of(small, large)).write(dir);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("full_events_per_sec_per_core", "null_events_per_sec_per_core", "ratio", "latency_p50_ms",
                "latency_p99_ms", "latency_p999_ms", "state_bytes_per_user", "state_bytes_per_item"), keys);
        assertEquals(12_500, json.get("full_events_per_sec_per_core").asLong());
        assertEquals(125_000, json.get("null_events_per_sec_per_core").asLong());
        assertEquals(0.1, json.get("ratio").asDouble(), 1e-9);
        assertEquals(40, json.get("latency_p99_ms").asDouble());
        assertEquals(1200, json.get("state_bytes_per_user").asLong());
        assertEquals(500, json.get("state_bytes_per_item").asLong());
    }

    @Test
    void floorJobsArePrintedPerEventAndPerRecord() {
        ThroughputResult full = new ThroughputResult("full", 60_000, 10, 20, 40_000);
        ThroughputResult nullJob = new ThroughputResult("null", 1_000_000, 5, 8, 0);
        FloorResult floor = new FloorResult(50, true, new ThroughputResult("floor", 60_000, 20, 30, 0));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        new BenchResults(full, nullJob, List.of(floor), null, List.of()).print(new PrintStream(printed, true, UTF_8));

        assertTrue(printed.toString(UTF_8).contains("floor, 50 records per event, RocksDB r+w:      2,000 events/s per core"
                + "       100,000 records/s per core"), printed.toString(UTF_8));
    }
}
