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

/**
 * Everything one `./recs bench` run measured, printed for people and written as bench.json; floors,
 * latency and state are absent when not asked for or skipped.
 */
public record BenchResults(ThroughputResult full, ThroughputResult nullJob, List<FloorResult> floors, LatencyResult latency,
                           List<StateResult> state) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Full job over null job, both in events/s per core. */
    public double ratio() {
        return full.eventsPerSecondPerCore() / nullJob.eventsPerSecondPerCore();
    }

    /** The largest state run: the per-user and per-item figures reported as the result; null when skipped. */
    public StateResult largestState() {
        return state.isEmpty() ? null : state.get(state.size() - 1);
    }

    /** The keys issue 5 asks for, in its order. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("full_events_per_sec_per_core", Math.round(full.eventsPerSecondPerCore()));
        json.put("null_events_per_sec_per_core", Math.round(nullJob.eventsPerSecondPerCore()));
        json.put("ratio", round(ratio(), 3));
        json.put("latency_p50_ms", latency == null ? null : latency.p50());
        json.put("latency_p99_ms", latency == null ? null : latency.p99());
        json.put("latency_p999_ms", latency == null ? null : latency.p999());
        StateResult s = largestState();
        json.put("state_bytes_per_user", s == null ? null : Math.round(s.bytesPerUser()));
        json.put("state_bytes_per_item", s == null ? null : Math.round(s.bytesPerItem()));
        return json;
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve("bench.json").toFile(), json());
    }

    public void print(PrintStream out) {
        out.println();
        out.println("Throughput (unthrottled, after warm-up; per core = events / process CPU-seconds)");
        for (ThroughputResult t : List.of(full, nullJob)) {
            out.printf("  %-4s job  %,9.0f events/s per core   %,9.0f events/s on %.2f cores   (%,d events in %.1f s, %,d recommendations)%n",
                    t.job(), t.eventsPerSecondPerCore(), t.eventsPerSecond(), t.coresUsed(), t.events(),
                    t.wallSeconds(), t.outputs());
        }
        out.printf("  ratio     %.3f (full / null, per core)%n", ratio());
        for (FloorResult f : floors) {
            out.printf("  floor, %d records per event, %-13s %,9.0f events/s per core   %,11.0f records/s per core%n",
                    f.recordsPerEvent(), f.withState() ? "RocksDB r+w:" : "no state:", f.run().eventsPerSecondPerCore(),
                    f.recordsPerSecondPerCore());
        }
        out.println();
        if (latency == null) {
            out.println("Latency: not measured (--skip-latency)");
        } else {
            boolean halfLoad = Math.abs(latency.rate() - full.eventsPerSecond() / 2) < 1;
            out.printf("Latency through Kafka at %,.0f events/s (%s), %,d of %,d events sent%n", latency.rate(),
                    halfLoad ? "half the full job's maximum" : "set by --latency-rate", latency.samples(), latency.sent());
            out.printf("  p50 %.0f ms   p99 %.0f ms   p99.9 %.0f ms%n", latency.p50(), latency.p99(), latency.p999());
        }
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

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
