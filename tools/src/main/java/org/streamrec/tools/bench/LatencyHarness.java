package org.streamrec.tools.bench;

import java.time.Duration;
import java.util.Arrays;

/**
 * The latency measurement, apart from what is measured: sends events {@code 0..warmup+measured-1}
 * on an {@link OpenLoopSchedule}, takes the first list of each event after the warm-up as it is
 * reported to {@link #answered}, and after the last send waits until every measured event has its
 * list or {@code drainTimeout} passed. Latency = arrival of the first list - scheduled send time.
 */
final class LatencyHarness {
    private static final long DRAIN_POLL_MS = 10;

    private final double rate;
    private final long warmupEvents;
    private final long measuredEvents;
    private final Duration drainTimeout;
    private final AnswerLog log;

    LatencyHarness(double rate, long warmupEvents, long measuredEvents, Duration drainTimeout) {
        this.rate = rate;
        this.warmupEvents = warmupEvents;
        this.measuredEvents = measuredEvents;
        this.drainTimeout = drainTimeout;
        this.log = new AnswerLog(warmupEvents, warmupEvents + measuredEvents);
    }

    /** A list for event {@code index} was read at {@code nanos} ({@link System#nanoTime()}); any thread. */
    void answered(long index, long nanos) {
        log.answered(index, nanos);
    }

    /** @param measurementStarts runs when the first measured event is due, e.g. to start counting CPU */
    LatencyOutcome run(OpenLoopSchedule.Sender sender, Runnable measurementStarts) throws Exception {
        OpenLoopSchedule schedule = new OpenLoopSchedule(rate, System.nanoTime());
        schedule.send(0, warmupEvents, sender);
        measurementStarts.run();
        schedule.send(warmupEvents, warmupEvents + measuredEvents, sender);
        long sent = System.nanoTime();
        long deadline = sent + drainTimeout.toNanos();
        while (log.answered() < measuredEvents && System.nanoTime() < deadline) Thread.sleep(DRAIN_POLL_MS);
        double drainSeconds = (System.nanoTime() - sent) / 1e9;

        double[] latencies = new double[(int) measuredEvents];
        for (long i = warmupEvents; i < warmupEvents + measuredEvents; i++) {
            long at = log.firstAnswerNanos(i);
            latencies[(int) (i - warmupEvents)] = at == 0 ? Double.POSITIVE_INFINITY : (at - schedule.dueNanos(i)) / 1e6;
        }
        Arrays.sort(latencies);
        return new LatencyOutcome(rate, measuredEvents, log.answered(), log.lists(), quantile(latencies, 0.5),
                quantile(latencies, 0.99), quantile(latencies, 0.999), quantile(latencies, 1.0), drainSeconds,
                schedule.maxLatenessMillis());
    }

    /** Nearest rank on sorted values; NaN when there are none. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
