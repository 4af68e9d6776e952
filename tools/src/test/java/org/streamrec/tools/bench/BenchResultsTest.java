package org.streamrec.tools.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchResultsTest {
    @TempDir
    Path dir;

    // 100,000 events, 90,000 completed in 10 s on 20 CPU-seconds, 99,000 lists, 5M records.
    private final ThroughputResult two = new ThroughputResult("full", 2, 100_000, 90_000, 99_000, 10, 20, 5_000_000, 2_000_000);
    private final ThroughputResult one = new ThroughputResult("full", 1, 100_000, 90_000, 99_000, 15, 15, 5_000_000, 1_000_000);
    private final ThroughputResult nullJob = new ThroughputResult("null", 2, 1_000_000, 1_000_000, 0, 5, 8, 0, 0);
    private final LatencyOutcome fixed = new LatencyOutcome(2000, 60_000, 59_400, 60_000, 12, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 20, 3);
    private final LatencyOutcome half = new LatencyOutcome(5625, 168_750, 168_750, 168_750, 15, 40, 95, 120, 0.2, 1);
    private final StateResult small = new StateResult(10, 10, 100, 10, 5, 10_000, 5_000, 7, Map.of());
    private final StateResult large = new StateResult(100, 100, 1000, 80, 40, 96_000, 20_000, 7, Map.of());

    private JobFigures figures(Map<String, Long> stateAccesses, Optional<Distribution> freshness) {
        Map<CpuGroup, Double> seconds = new EnumMap<>(CpuGroup.class);
        seconds.put(CpuGroup.JOB_OPERATORS, 30.0);
        seconds.put(CpuGroup.JOB_ROCKSDB, 10.0);
        seconds.put(CpuGroup.KAFKA_BROKER, 6.0);
        seconds.put(CpuGroup.BENCH_CLIENTS, 4.0);
        return new JobFigures(new CpuShare(30, 50, seconds),
                new CheckpointPauses(3, Map.of("rank", new CheckpointPauses.Task(120, 40), "dedup", new CheckpointPauses.Task(340, 5))),
                80_000, stateAccesses, freshness);
    }

    private BenchResults results(IndexFootprint.Bytes index) {
        LatencyResult fixedRun = new LatencyResult("fixed", "fixed rate", fixed,
                Optional.of(figures(Map.of("dedup", 4_000_000L, "rank", 800_000L), Optional.empty())));
        LatencyResult halfRun = new LatencyResult("half", "half the full job's maximum", half,
                Optional.of(figures(Map.of(), Optional.of(new Distribution(1000, 5000, 300, 1900, 2500)))));
        return new BenchResults(List.of(one, two), 2, nullJob, List.of(), List.of(fixedRun, halfRun), List.of(small, large), index);
    }

    @Test
    void benchJsonHoldsTheHeadlineFiguresOfEachPart() throws Exception {
        results(new IndexFootprint.Bytes(412.4, 215_000_000)).write(dir);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
        assertEquals(9_000, json.get("full_events_per_sec").asLong(), "completed events over the wall time to the last list");
        assertEquals(4_500, json.get("full_events_per_sec_per_core").asLong(), "completed events per CPU-second");
        assertEquals(0.9, json.get("full_completed_share").asDouble(), 1e-9);
        assertEquals(0.99, json.get("full_lists_per_event").asDouble(), 1e-9);
        assertEquals(125_000, json.get("null_events_per_sec_per_core").asLong());
        assertEquals(0.036, json.get("ratio").asDouble(), 1e-9);
        assertEquals(6_000, json.get("full_p1_events_per_sec_per_core").asLong());
        assertEquals(1.5, json.get("scaling_p2_over_p1").asDouble(), 1e-9);
        assertEquals(50.0, json.get("records_per_event").asDouble(), 1e-9);
        assertEquals(20.0, json.get("shuffled_records_per_event").asDouble(), 1e-9);
        assertEquals(60.0, json.get("state_accesses_per_event").asDouble(), 1e-9, "from the run that counted them");
        assertEquals(40, json.get("latency_p99_ms").asDouble(), "the headline latency is the half-load run's");
        assertEquals("Infinity", json.get("latency_fixed_p99_ms").asText(), "over 1% missed");
        assertEquals(0.99, json.get("latency_fixed_answered_share").asDouble(), 1e-9);
        assertEquals(340, json.get("latency_fixed_checkpoint_pause_ms_by_task").get("dedup").get("maxSyncMillis").asLong());
        assertEquals(0.8, json.get("latency_half_cpu_share").get("job").asDouble(), 1e-9);
        assertEquals(340, json.get("max_sync_checkpoint_pause_ms").asLong());
        assertEquals(0.12, json.get("cpu_share_kafka_broker").asDouble(), 1e-9);
        assertEquals(1900, json.get("freshness_p99_ms").asDouble());
        assertEquals(412, json.get("index_bytes_per_item").asLong());
        assertEquals(215_000_000, json.get("index_bytes_1m_items_50").asLong());
        assertEquals(1200, json.get("state_bytes_per_user").asLong());
        assertEquals(500, json.get("state_bytes_per_item").asLong());
    }

    @Test
    void whatWasNotMeasuredIsNullInJsonAndNaInPrint() throws Exception {
        BenchResults results = new BenchResults(List.of(two), 2, nullJob, List.of(), List.of(), List.of(), new IndexFootprint.Bytes(400, 400_000_000));
        results.write(dir);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        results.print(new PrintStream(printed, true, UTF_8));

        JsonNode json = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
        for (String key : List.of("scaling_p2_over_p1", "state_accesses_per_event", "latency_p99_ms", "freshness_p99_ms",
                "state_bytes_per_user")) {
            assertTrue(json.get(key).isNull(), key);
        }
        assertTrue(printed.toString(UTF_8).contains("Latency: not measured"), printed.toString(UTF_8));
    }

    @Test
    void printShowsMissesAsInfinityAndTheFreshnessOnlyWhereExported() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        results(new IndexFootprint.Bytes(400, 400_000_000)).print(new PrintStream(printed, true, UTF_8));
        String text = printed.toString(UTF_8);

        assertTrue(text.contains("99.00% answered (600 missed)"), text);
        assertTrue(text.contains("p50 12 ms   p99 +inf   p99.9 +inf   max +inf"), text);
        assertTrue(text.contains("similarity freshness: n/a"), text);
        assertTrue(text.contains("similarity freshness: p50 300 ms   p99 1,900 ms   max 2,500 ms"), text);
        assertTrue(text.contains("keyed-state accesses: 60.0 per event"), text);
        assertTrue(text.contains("scaling   1.50x"), text);
    }

    @Test
    void floorJobsArePrintedPerEventAndPerRecord() {
        FloorResult floor = new FloorResult(50, true, new ThroughputResult("floor", 2, 60_000, 60_000, 0, 20, 30, 0, 0));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        new BenchResults(List.of(two), 2, nullJob, List.of(floor), List.of(), List.of(), new IndexFootprint.Bytes(400, 400_000_000))
                .print(new PrintStream(printed, true, UTF_8));

        assertTrue(printed.toString(UTF_8).contains("floor, 50 records per event, RocksDB r+w:      2,000 events/s per core"
                + "       100,000 records/s per core"), printed.toString(UTF_8));
    }
}
