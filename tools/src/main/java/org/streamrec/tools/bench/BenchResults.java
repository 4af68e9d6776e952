package org.streamrec.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything one `./recs bench` run measured, printed for people and written as bench.json; floors,
 * latency and state are absent when not asked for or skipped. {@code fullRuns} holds the full job
 * at each parallelism measured; the one at {@code parallelism} (the configuration's) is the headline.
 * Infinite latencies (more events missed than a percentile allows) are written as "Infinity".
 */
public record BenchResults(List<ThroughputResult> fullRuns, int parallelism, ThroughputResult nullJob,
                           List<FloorResult> floors, List<LatencyResult> latency, List<StateResult> state,
                           IndexFootprint.Bytes index) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The full job at the configured parallelism. */
    public ThroughputResult full() {
        return fullRuns.stream().filter(r -> r.parallelism() == parallelism).findFirst()
                .orElseThrow(() -> new IllegalStateException("no full-job run at parallelism " + parallelism));
    }

    /** Full job over null job, both in events/s per core. */
    public double ratio() {
        return full().eventsPerSecondPerCore() / nullJob.eventsPerSecondPerCore();
    }

    /** Completed events/s at parallelism 2 over parallelism 1; empty unless both were measured. */
    public Optional<Double> scaling() {
        Optional<ThroughputResult> one = atParallelism(1);
        Optional<ThroughputResult> two = atParallelism(2);
        return one.isPresent() && two.isPresent()
                ? Optional.of(two.get().eventsPerSecond() / one.get().eventsPerSecond()) : Optional.empty();
    }

    private Optional<ThroughputResult> atParallelism(int p) {
        return fullRuns.stream().filter(r -> r.parallelism() == p).findFirst();
    }

    /** The largest state run: the per-user and per-item figures reported as the result; null when skipped. */
    public StateResult largestState() {
        return state.isEmpty() ? null : state.get(state.size() - 1);
    }

    /** The last latency run (half load, or the --latency-rate run): its figures are the headline ones. */
    public Optional<LatencyResult> headlineLatency() {
        return latency.isEmpty() ? Optional.empty() : Optional.of(latency.get(latency.size() - 1));
    }

    /** The run that counted keyed-state accesses, if any did. */
    public Optional<JobFigures> stateAccessRun() {
        return latency.stream().flatMap(l -> l.figures().stream()).filter(f -> !f.stateAccessesByOperator().isEmpty()).findFirst();
    }

    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        ThroughputResult full = full();
        json.put("full_events_per_sec_per_core", Math.round(full.eventsPerSecondPerCore()));
        json.put("full_events_per_sec", Math.round(full.eventsPerSecond()));
        json.put("full_completed_share", round(full.completedShare(), 4));
        json.put("full_lists_per_event", round(full.listsPerEvent(), 3));
        json.put("null_events_per_sec_per_core", Math.round(nullJob.eventsPerSecondPerCore()));
        json.put("ratio", round(ratio(), 3));
        for (ThroughputResult run : fullRuns) {
            json.put("full_p" + run.parallelism() + "_events_per_sec", Math.round(run.eventsPerSecond()));
            json.put("full_p" + run.parallelism() + "_events_per_sec_per_core", Math.round(run.eventsPerSecondPerCore()));
        }
        json.put("scaling_p2_over_p1", scaling().map(s -> round(s, 3)).orElse(null));
        json.put("records_per_event", round(full.recordsPerEvent(), 2));
        json.put("shuffled_records_per_event", round(full.shuffledRecordsPerEvent(), 2));
        json.put("state_accesses_per_event", stateAccessRun().map(f -> round(f.stateAccessesPerEvent(), 2)).orElse(null));
        Optional<LatencyResult> headline = headlineLatency();
        json.put("latency_p50_ms", headline.map(l -> l.outcome().p50()).orElse(null));
        json.put("latency_p99_ms", headline.map(l -> l.outcome().p99()).orElse(null));
        json.put("latency_p999_ms", headline.map(l -> l.outcome().p999()).orElse(null));
        for (LatencyResult run : latency) latencyKeys(json, run);
        Optional<JobFigures> figures = headline.flatMap(LatencyResult::figures);
        json.put("max_sync_checkpoint_pause_ms", figures.map(f -> f.checkpoints().maxSyncMillis()).orElse(null));
        json.put("cpu_share_job", figures.map(f -> round(f.cpu().jobShare(), 3)).orElse(null));
        json.put("cpu_share_kafka_broker", figures.map(f -> round(f.cpu().share(CpuGroup.KAFKA_BROKER), 3)).orElse(null));
        json.put("cpu_share_bench_clients", figures.map(f -> round(f.cpu().share(CpuGroup.BENCH_CLIENTS), 3)).orElse(null));
        Optional<Distribution> freshness = figures.flatMap(JobFigures::freshness);
        json.put("freshness_p50_ms", freshness.map(Distribution::p50).orElse(null));
        json.put("freshness_p99_ms", freshness.map(Distribution::p99).orElse(null));
        json.put("freshness_max_ms", freshness.map(Distribution::max).orElse(null));
        json.put("index_bytes_per_item", Math.round(index.perItem()));
        json.put("index_bytes_1m_items_50", index.oneMillionItemsFiftyNeighbours());
        StateResult s = largestState();
        json.put("state_bytes_per_user", s == null ? null : Math.round(s.bytesPerUser()));
        json.put("state_bytes_per_item", s == null ? null : Math.round(s.bytesPerItem()));
        return json;
    }

    /** Every figure of one latency run, under latency_{key}_...; the key says which run (fixed, half, rate). */
    private static void latencyKeys(Map<String, Object> json, LatencyResult run) {
        String prefix = "latency_" + run.key() + "_";
        LatencyOutcome o = run.outcome();
        json.put(prefix + "rate", round(o.rate(), 1));
        json.put(prefix + "events", o.measured());
        json.put(prefix + "answered_share", round(o.answeredShare(), 5));
        json.put(prefix + "lists_per_event", round(o.listsPerEvent(), 3));
        json.put(prefix + "p50_ms", round(o.p50(), 1));
        json.put(prefix + "p99_ms", round(o.p99(), 1));
        json.put(prefix + "p999_ms", round(o.p999(), 1));
        json.put(prefix + "max_ms", round(o.max(), 1));
        json.put(prefix + "drain_seconds", round(o.drainSeconds(), 1));
        run.figures().ifPresent(f -> {
            json.put(prefix + "checkpoints", f.checkpoints().checkpoints());
            json.put(prefix + "checkpoint_pause_ms_by_task", f.checkpoints().byTask());
            json.put(prefix + "cpu_share", f.cpu().json().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> round(e.getValue(), 3), (a, b) -> a, LinkedHashMap::new)));
        });
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve("bench.json").toFile(), json());
    }

    public void print(PrintStream out) {
        out.println();
        out.println("Throughput (unthrottled, after warm-up; an event counts once its list is emitted; per core = events / process CPU-seconds)");
        for (ThroughputResult t : fullRuns) {
            out.printf("  full job, parallelism %d  %,9.0f events/s per core  %,9.0f events/s on %.2f cores   %.1f%% answered, "
                            + "%.2f lists, %.1f records (%.1f shuffled) per event   (%,d events in %.1f s)%n",
                    t.parallelism(), t.eventsPerSecondPerCore(), t.eventsPerSecond(), t.coresUsed(), 100 * t.completedShare(),
                    t.listsPerEvent(), t.recordsPerEvent(), t.shuffledRecordsPerEvent(), t.events(), t.wallSeconds());
        }
        scaling().ifPresent(s -> out.printf("  scaling   %.2fx completed events/s from parallelism 1 to 2%n", s));
        out.printf("  null job                %,9.0f events/s per core  %,9.0f events/s on %.2f cores   (%,d events in %.1f s)%n",
                nullJob.eventsPerSecondPerCore(), nullJob.eventsPerSecond(), nullJob.coresUsed(), nullJob.events(),
                nullJob.wallSeconds());
        out.printf("  ratio     %.3f (full at parallelism %d / null, per core)%n", ratio(), parallelism);
        for (FloorResult f : floors) {
            out.printf("  floor, %d records per event, %-13s %,9.0f events/s per core   %,11.0f records/s per core%n",
                    f.recordsPerEvent(), f.withState() ? "RocksDB r+w:" : "no state:", f.run().eventsPerSecondPerCore(),
                    f.recordsPerSecondPerCore());
        }
        out.println();
        if (latency.isEmpty()) {
            out.println("Latency: not measured (--skip-latency)");
        } else {
            out.println("Latency through Kafka (open loop: from each event's scheduled send time to its first list read back;"
                    + " an event with no list is a miss and counts as +inf)");
            for (LatencyResult run : latency) printLatency(out, run);
        }
        out.println();
        out.printf("Local item index (synthetic, 1M items x 50 neighbours): %,.0f bytes per item, %,d bytes in all%n",
                index.perItem(), index.oneMillionItemsFiftyNeighbours());
        out.println();
        if (state.isEmpty()) {
            out.println("State: not measured (--skip-state)");
            return;
        }
        out.println("State (one checkpoint, parallelism 1)");
        out.println("    users    items     events  active users  active items  bytes/user  bytes/item  other bytes");
        for (StateResult s : state) {
            out.printf("  %,7d  %,7d  %,9d  %,12d  %,12d  %,10.0f  %,10.0f  %,11d%n", s.users(), s.items(), s.events(),
                    s.activeUsers(), s.activeItems(), s.bytesPerUser(), s.bytesPerItem(), s.otherBytes());
        }
        out.println("  per operator (largest run): " + largestState().bytesByOperator());
    }

    private static void printLatency(PrintStream out, LatencyResult run) {
        LatencyOutcome o = run.outcome();
        out.printf("  at %,.0f events/s (%s): %,d events measured, %.2f%% answered (%,d missed), %.2f lists per event; "
                        + "drained %.1f s; the sender was at most %.0f ms behind its schedule%n",
                o.rate(), run.label(), o.measured(), 100 * o.answeredShare(), o.misses(), o.listsPerEvent(), o.drainSeconds(),
                o.maxSendLatenessMillis());
        out.printf("    p50 %s   p99 %s   p99.9 %s   max %s%n", millis(o.p50()), millis(o.p99()), millis(o.p999()), millis(o.max()));
        run.figures().ifPresent(f -> printFigures(out, f));
    }

    private static void printFigures(PrintStream out, JobFigures f) {
        CheckpointPauses c = f.checkpoints();
        out.printf("    checkpoints completed in the window: %d; longest synchronous pause %,d ms; per task (sync / alignment ms): %s%n",
                c.checkpoints(), c.maxSyncMillis(), c.byTask().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().maxSyncMillis() + "/" + e.getValue().maxAlignmentMillis())
                        .collect(Collectors.joining(", ")));
        CpuShare cpu = f.cpu();
        StringBuilder groups = new StringBuilder();
        for (CpuGroup g : CpuGroup.values()) groups.append(String.format("; %s %.0f%%", g.label(), 100 * cpu.share(g)));
        out.printf("    CPU in the window: %.2f cores; the job %.0f%% of it%s%n", cpu.coresUsed(), 100 * cpu.jobShare(), groups);
        if (f.stateAccessesByOperator().isEmpty()) {
            out.println("    keyed-state accesses: not counted in this run");
        } else {
            out.printf("    keyed-state accesses: %.1f per event (%,d over %,d events), by operator: %s%n", f.stateAccessesPerEvent(),
                    f.stateAccesses(), f.events(), f.stateAccessesByOperator());
        }
        out.println(f.freshness().map(d -> String.format("    similarity freshness: p50 %s   p99 %s   max %s (the last %,d of %,d updates)",
                millis(d.p50()), millis(d.p99()), millis(d.max()), d.sampled(), d.seen()))
                .orElse("    similarity freshness: n/a (the engine exports no " + EngineTarget.FRESHNESS + " histogram)"));
    }

    private static String millis(double ms) {
        return Double.isInfinite(ms) ? "+inf" : String.format("%,.0f ms", ms);
    }

    private static double round(double value, int decimals) {
        if (!Double.isFinite(value)) return value;
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
