package org.streamrec.tools.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.config.SyntheticShopConfig;
import org.streamrec.tools.monitor.ListMonitor;
import org.streamrec.tools.roundtrip.EventPublisher;
import org.streamrec.tools.roundtrip.InputProgress;
import org.streamrec.tools.roundtrip.MalformedRecords;
import org.streamrec.tools.roundtrip.OutputWatcher;
import picocli.CommandLine.Option;

/**
 * Feeds a running job through Kafka and shows what comes out, for the demo and the cluster: events
 * at a steady rate (with one malformed record of each kind mixed in) and the lines of
 * {@code --events-file}; recommendations, reminders, messages, alerts and dead letters printed as
 * they appear; the front end's view served by a probe ({@link ListMonitor}) at a printed URL; a
 * progress line every few seconds; and a summary, with messages per kind and the dead letters by
 * reason, once the job has committed everything sent and the outputs stop growing.
 */
public final class ShopFeed {
    private static final long PROGRESS_INTERVAL_MS = 5_000;
    private static final long DRAIN_QUIET_MS = 3_000;
    private static final long DRAIN_MAX_MS = 60_000;

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

    @Option(names = "--events-file", paramLabel = "FILE",
            description = {"Send each line of FILE, byte for byte, as one record to the events topic, instead of the",
                "synthetic shop (or the dataset); the summary lists the dead letters by reason, with the lines they were."})
    Path eventsFile;

    @Option(names = "--with-shop",
            description = "With --events-file: feed the synthetic shop (or the dataset) too, one file line after each of its events.")
    boolean withShop;

    /** For callers without a command line (tests); picocli fills the options otherwise. */
    public static ShopFeed of(int seconds, double rate, boolean badRecords, boolean quiet) {
        ShopFeed feed = new ShopFeed();
        feed.seconds = seconds;
        feed.rate = rate;
        feed.badRecords = badRecords;
        feed.quiet = quiet;
        return feed;
    }

    /** Feeds what the options name (the shop or dataset of {@code input}, the events file, or both) until it ends or the time is up. */
    public Outputs run(InputOptions input, LaunchConfig launch, EventCodec codec, PrintStream out)
            throws InterruptedException, ExecutionException, IOException {
        SyntheticShopConfig shopConfig = launch.tools().syntheticShop();
        boolean shop = eventsFile == null || withShop;
        String file = eventsFile == null ? null : "the lines of " + eventsFile;
        String what = !shop ? file : file == null ? input.describe(shopConfig) : input.describe(shopConfig) + " and " + file;
        out.printf("Feeding %s at %.0f records/s%s.%n", what, rate, seconds > 0 ? " for " + seconds + " s" : " until it ends");
        return run(shop ? input.open(shopConfig) : Collections.emptyIterator(), launch.engine(), codec, out, outputs -> false);
    }

    /**
     * Feeds {@code events} (and the events file's lines, one after each event while both last) to
     * the job until they end, the time is up or {@code enough} holds, waits for the outputs to
     * settle, prints the summary and returns it.
     */
    public Outputs run(Iterator<Event> events, EngineConfig config, EventCodec codec, PrintStream out,
            Predicate<Outputs> enough) throws InterruptedException, ExecutionException, IOException {
        DeadLetterReport deadLetters = new DeadLetterReport();
        try (EventPublisher publisher = new EventPublisher(config.kafka(), codec);
             // The shop's clock is simulated, so the probe times each list from its trigger's send time.
             ListMonitor probe = new ListMonitor(config.kafka(), codec,
                     r -> publisher.sendTimes().getOrDefault(r.triggerEventId, -1L), "127.0.0.1", 0);
             OutputWatcher watcher = new OutputWatcher(config.kafka(), codec, publisher.sendTimes(),
                     new ConsoleReport(out, quiet, deadLetters));
             RawLines lines = eventsFile == null ? null : new RawLines(eventsFile)) {
            out.printf("Probe metrics (the front end's view, ./recs monitor): %s%n", probe.url());
            for (SentLine line : feed(config, events, lines, publisher, watcher, out, enough)) {
                RecordMetadata where = line.where().get();
                deadLetters.sentLine(line.number(), where.topic(), where.partition(), where.offset());
            }
            drain(config, watcher, out);
            printSummary(publisher, watcher, deadLetters, out);
            return outputs(publisher, watcher);
        }
    }

    /** A line of --events-file and where the broker put it. */
    private record SentLine(int number, Future<RecordMetadata> where) {}

    /** Sends the events and the file's lines, one of each in turn while both last; returns the lines sent. */
    private List<SentLine> feed(EngineConfig config, Iterator<Event> events, RawLines lines, EventPublisher publisher,
            OutputWatcher watcher, PrintStream out, Predicate<Outputs> enough) throws InterruptedException {
        List<MalformedRecords.Sample> bad = badRecords ? MalformedRecords.all(System.currentTimeMillis(), config.ingest()) : List.of();
        List<SentLine> sentLines = new ArrayList<>();
        long start = System.currentTimeMillis();
        long deadline = seconds > 0 ? start + seconds * 1000L : Long.MAX_VALUE;
        long nextProgress = start + PROGRESS_INTERVAL_MS;
        long sent = 0;
        long shopEvents = 0;
        while ((events.hasNext() || lines != null && lines.hasNext()) && System.currentTimeMillis() < deadline
                && !enough.test(outputs(publisher, watcher))) {
            if (lines != null && lines.hasNext()) {
                byte[] line = lines.next();
                sentLines.add(new SentLine(lines.lineNumber(), publisher.publishRaw(line)));
                sent++;
            }
            if (events.hasNext()) {
                publisher.publish(events.next());
                sent++;
                shopEvents++;
                // One malformed record every 500 events, until each kind has been sent once.
                if (shopEvents % 500 == 0 && shopEvents / 500 <= bad.size()) {
                    publisher.publishRaw(bad.get((int) (shopEvents / 500) - 1).payload());
                }
            }
            long due = start + (long) (sent * 1000 / rate);
            long now = System.currentTimeMillis();
            if (due > now) Thread.sleep(due - now);
            if (now >= nextProgress) {
                nextProgress += PROGRESS_INTERVAL_MS;
                out.printf("[%3ds] sent %,d records; out: %,d recommendations, %,d reminders, %,d messages, %,d alerts,"
                        + " %,d dead letters; latency p50 %.0f ms%n", (now - start) / 1000, publisher.sent(),
                        watcher.recommendations(), watcher.reminders(), watcher.triggeredMessages(), watcher.alerts(),
                        watcher.deadLetters(), watcher.latency(l -> l.percentile(0.5)));
            }
        }
        publisher.flush();
        return sentLines;
    }

    private static Outputs outputs(EventPublisher publisher, OutputWatcher watcher) {
        return new Outputs(publisher.sent(), watcher.recommendations(), watcher.reminders(), watcher.deadLetters());
    }

    /**
     * Waits until the job has read and checkpointed everything sent, so that the summary counts
     * every dead letter, then until the outputs stop growing, so that it counts what the last
     * events caused.
     */
    private static void drain(EngineConfig config, OutputWatcher watcher, PrintStream out) throws InterruptedException {
        if (!InputProgress.awaitCaughtUp(config.kafka(), Duration.ofMillis(DRAIN_MAX_MS))) {
            out.printf("The job had not read everything sent after %d s; the summary counts what came out so far.%n",
                    DRAIN_MAX_MS / 1000);
        }
        long start = System.currentTimeMillis();
        long seen = -1;
        long quietSince = start;
        while (System.currentTimeMillis() - start < DRAIN_MAX_MS) {
            long now = watcher.outputs();
            if (now != seen) {
                seen = now;
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince > DRAIN_QUIET_MS) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static void printSummary(EventPublisher publisher, OutputWatcher watcher, DeadLetterReport deadLetters,
            PrintStream out) {
        out.println();
        out.println("Summary");
        out.printf("  records in           %,d%n", publisher.sent());
        out.printf("  recommendations out  %,d%n", watcher.recommendations());
        out.printf("  reminders out        %,d%n", watcher.reminders());
        for (MessageKind kind : MessageKind.values()) {
            if (kind != MessageKind.REMINDER) out.printf("  %-20s %,d%n", kind.wireName(), watcher.messages(kind));
        }
        out.printf("  intent alerts        %,d%n", watcher.alerts());
        out.printf("  dead letters         %,d%n", watcher.deadLetters());
        deadLetters.print(out);
        watcher.latency(l -> {
            out.printf("  latency p50 / p99    %.0f ms / %.0f ms  (event sent -> recommendation read back, %,d samples)%n",
                    l.percentile(0.5), l.percentile(0.99), l.count());
            return null;
        });
    }
}
