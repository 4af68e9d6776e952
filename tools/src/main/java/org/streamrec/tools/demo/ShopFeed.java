package org.streamrec.tools.demo;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.tools.roundtrip.EventPublisher;
import org.streamrec.tools.roundtrip.MalformedRecords;
import org.streamrec.tools.roundtrip.OutputWatcher;
import picocli.CommandLine.Option;

/**
 * Feeds a running job through Kafka and shows what comes out, for the demo and the cluster: events
 * at a steady rate (with one malformed record of each kind mixed in), recommendations, reminders and
 * dead letters printed as they appear, a progress line every few seconds, and a summary once the
 * outputs stop growing.
 */
public final class ShopFeed {
    private static final long PROGRESS_INTERVAL_MS = 5_000;
    private static final long DRAIN_QUIET_MS = 3_000;
    private static final long DRAIN_MAX_MS = 30_000;

    /** What came out of the job so far. */
    public record Outputs(long sent, long recommendations, long reminders, long deadLetters) {}

    @Option(names = "--seconds", defaultValue = "60",
            description = "Feed events for this many seconds; 0 feeds until the input ends. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--rate", defaultValue = "300",
            description = "Events sent per second. Default: ${DEFAULT-VALUE}.")
    double rate;

    // Picocli sets a negatable option to the opposite of its default when named as declared, so the
    // declared name is the one that turns the default (true) off.
    @Option(names = "--no-bad-records", defaultValue = "true", negatable = true,
            description = "Mix one malformed record of each kind into the feed, to show the dead-letter topic. Default: ${DEFAULT-VALUE}.")
    boolean badRecords;

    @Option(names = "--quiet", description = "Print only progress lines and the summary.")
    boolean quiet;

    /** For callers without a command line (tests); picocli fills the options otherwise. */
    public static ShopFeed of(int seconds, double rate, boolean badRecords, boolean quiet) {
        ShopFeed feed = new ShopFeed();
        feed.seconds = seconds;
        feed.rate = rate;
        feed.badRecords = badRecords;
        feed.quiet = quiet;
        return feed;
    }

    public String describeRate() {
        return String.format("%.0f events/s%s", rate, seconds > 0 ? " for " + seconds + " s" : " until it ends");
    }

    /**
     * Feeds {@code events} to the job on {@code servers} until they end, the time is up or
     * {@code enough} holds, waits for the outputs to settle, prints the summary and returns it.
     */
    public Outputs run(Iterator<Event> events, String servers, EngineConfig config, EventCodec codec, PrintStream out,
            Predicate<Outputs> enough) throws InterruptedException {
        try (EventPublisher publisher = new EventPublisher(servers, config.kafka(), codec);
             OutputWatcher watcher = new OutputWatcher(servers, config.kafka(), codec, publisher.sendTimes(),
                     new ConsoleReport(out, quiet))) {
            feed(events, publisher, watcher, out, enough);
            drain(watcher);
            printSummary(publisher, watcher, out);
            return outputs(publisher, watcher);
        }
    }

    private void feed(Iterator<Event> events, EventPublisher publisher, OutputWatcher watcher, PrintStream out,
            Predicate<Outputs> enough) throws InterruptedException {
        List<MalformedRecords.Sample> bad = badRecords ? MalformedRecords.all(System.currentTimeMillis()) : List.of();
        long start = System.currentTimeMillis();
        long deadline = seconds > 0 ? start + seconds * 1000L : Long.MAX_VALUE;
        long nextProgress = start + PROGRESS_INTERVAL_MS;
        long sent = 0;
        while (events.hasNext() && System.currentTimeMillis() < deadline && !enough.test(outputs(publisher, watcher))) {
            publisher.publish(events.next());
            sent++;
            // One malformed record every 500 events, until each kind has been sent once.
            if (sent % 500 == 0 && sent / 500 <= bad.size()) publisher.publishRaw(bad.get((int) (sent / 500) - 1).payload());
            long due = start + (long) (sent * 1000 / rate);
            long now = System.currentTimeMillis();
            if (due > now) Thread.sleep(due - now);
            if (now >= nextProgress) {
                nextProgress += PROGRESS_INTERVAL_MS;
                out.printf("[%3ds] sent %,d events; out: %,d recommendations, %,d reminders, %,d dead letters; latency p50 %.0f ms%n",
                        (now - start) / 1000, publisher.sent(), watcher.recommendations(), watcher.reminders(),
                        watcher.deadLetters(), watcher.latency(l -> l.percentile(0.5)));
            }
        }
        publisher.flush();
    }

    private static Outputs outputs(EventPublisher publisher, OutputWatcher watcher) {
        return new Outputs(publisher.sent(), watcher.recommendations(), watcher.reminders(), watcher.deadLetters());
    }

    /** Waits until the outputs stop growing, so the summary counts what the last events caused. */
    private static void drain(OutputWatcher watcher) throws InterruptedException {
        long start = System.currentTimeMillis();
        long seen = -1;
        long quietSince = start;
        while (System.currentTimeMillis() - start < DRAIN_MAX_MS) {
            long now = watcher.recommendations() + watcher.reminders() + watcher.deadLetters();
            if (now != seen) {
                seen = now;
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince > DRAIN_QUIET_MS) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static void printSummary(EventPublisher publisher, OutputWatcher watcher, PrintStream out) {
        out.println();
        out.println("Summary");
        out.printf("  events in            %,d%n", publisher.sent());
        out.printf("  recommendations out  %,d%n", watcher.recommendations());
        out.printf("  reminders out        %,d%n", watcher.reminders());
        out.printf("  dead letters         %,d%n", watcher.deadLetters());
        watcher.latency(l -> {
            out.printf("  latency p50 / p99    %.0f ms / %.0f ms  (event sent -> recommendation read back, %,d samples)%n",
                    l.percentile(0.5), l.percentile(0.99), l.count());
            return null;
        });
    }
}
