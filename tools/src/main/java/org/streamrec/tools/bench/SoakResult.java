package org.streamrec.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.streamrec.config.Durations;

/** A soak's samples and, per series, whether it stayed flat after warm-up ({@link SoakTrend}). */
public record SoakResult(double rate, Duration duration, Duration interval, List<SoakSample> samples,
                         double maxSendLatenessMillis) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double MB = 1024 * 1024;

    public SoakTrend heap() {
        return SoakTrend.relative(seconds(), series(SoakSample::heapAfterGcBytes), Soak.FLAT_SHARE);
    }

    public SoakTrend state() {
        return SoakTrend.relative(seconds(), series(SoakSample::checkpointedStateBytes), Soak.FLAT_SHARE);
    }

    /** Whether the source reported its lag after warm-up (it registers the gauge a while after starting). */
    public boolean lagReported() {
        return samples.subList(samples.size() / 3, samples.size()).stream().allMatch(s -> s.consumerLag() >= 0);
    }

    public SoakTrend lag() {
        return SoakTrend.of(seconds(), series(SoakSample::consumerLag), rate * Soak.FLAT_LAG.toSeconds());
    }

    public SoakTrend backlog() {
        return SoakTrend.of(seconds(), series(SoakSample::backlog), rate * Soak.FLAT_LAG.toSeconds());
    }

    private List<Double> seconds() {
        return samples.stream().map(SoakSample::seconds).toList();
    }

    private List<Double> series(ToLongFunction<SoakSample> value) {
        return samples.stream().map(s -> (double) value.applyAsLong(s)).toList();
    }

    static void printRow(PrintStream out, SoakSample s) {
        out.printf("  %6.0f s  %,14d  %,12d  %,11.1f MB  %,15.1f MB  %,13d  %,12d%n", s.seconds(), s.sent(), s.lists(),
                s.heapAfterGcBytes() / MB, s.checkpointedStateBytes() / MB, s.consumerLag(), s.backlog());
    }

    public void print(PrintStream out) {
        out.printf("%nSoak at %,.0f events/s for %s, sampled every %s (the sender was at most %.0f ms behind its schedule).%n",
                rate, Durations.format(duration), Durations.format(interval), maxSendLatenessMillis);
        out.printf("Flat after warm-up = over the last two thirds of the samples, the least-squares line rises or falls by at most "
                + "%.0f%% of the mean (heap, state) or %d s of input (lag, backlog):%n", 100 * Soak.FLAT_SHARE, Soak.FLAT_LAG.toSeconds());
        printTrend(out, "heap after GC", heap(), MB, "MB");
        printTrend(out, "checkpointed state", state(), MB, "MB");
        if (lagReported()) printTrend(out, "consumer lag", lag(), 1, "records");
        else out.println("  consumer lag: n/a (the source reports no pendingRecords)");
        printTrend(out, "backlog", backlog(), 1, "events");
    }

    private static void printTrend(PrintStream out, String name, SoakTrend t, double unit, String unitName) {
        out.printf("  %-19s %s: %+,.1f %s over the last two thirds (allowed +-%,.1f), mean %,.1f %s, %+,.1f %s per hour%n", name,
                t.flat() ? "flat" : "NOT flat", t.growth() / unit, unitName, t.tolerance() / unit, t.mean() / unit, unitName,
                t.slopePerHour() / unit, unitName);
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rate", rate);
        json.put("duration_seconds", duration.toSeconds());
        json.put("interval_seconds", interval.toSeconds());
        json.put("max_send_lateness_ms", maxSendLatenessMillis);
        json.put("heap_after_gc", heap());
        json.put("checkpointed_state", state());
        json.put("consumer_lag", lagReported() ? lag() : null);
        json.put("backlog", backlog());
        json.put("samples", samples);
        JSON.writeValue(dir.resolve("soak.json").toFile(), json);
    }
}
