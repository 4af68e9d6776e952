package org.streamrec.tools.demo;

import org.streamrec.tools.cli.EngineOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.flink.core.execution.JobClient;
import org.streamrec.config.Durations;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.tools.roundtrip.EventPublisher;
import org.streamrec.tools.roundtrip.InputProgress;
import org.streamrec.tools.local.LocalJob;
import org.streamrec.tools.roundtrip.MalformedRecords;
import org.streamrec.tools.roundtrip.OutputWatcher;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** ./recs demo: the engine end to end on this machine, with nothing to install. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Runs the engine on an embedded Kafka broker (KRaft, 127.0.0.1) and a local Flink cluster with RocksDB,",
            "feeds it a synthetic shop (or a dataset, or the lines of a file), prints recommendations, reminders and",
            "dead letters as they appear, and ends with a summary: events in, outputs, dead letters by reason,",
            "event-to-output latency."})
public final class DemoCommand implements Callable<Integer> {
    private static final long PROGRESS_INTERVAL_MS = 5_000;
    private static final long DRAIN_QUIET_MS = 3_000;
    private static final long DRAIN_MAX_MS = 60_000;

    @Mixin
    EngineOptions engine;

    @Mixin
    InputOptions input;

    @Option(names = "--seconds", defaultValue = "60",
            description = "Feed events for this many seconds; 0 feeds until the input ends. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--rate", defaultValue = "300",
            description = "Events sent per second. Default: ${DEFAULT-VALUE}.")
    double rate;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Use this Kafka instead of starting an embedded broker (topics are created if missing).")
    String bootstrapServers;

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

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        EmbeddedKafka embedded = null;
        engine.load(input.overrides()); // report configuration problems before starting anything
        try {
            String servers = bootstrapServers;
            if (servers == null) {
                out.println("Starting an embedded Kafka broker ...");
                embedded = EmbeddedKafka.start();
                servers = embedded.bootstrapServers();
            }
            Map<String, String> overrides = new java.util.LinkedHashMap<>(input.overrides());
            overrides.put("kafka.bootstrapServers", servers);
            EngineConfig config = engine.load(overrides);
            KafkaIO.createTopics(config.kafka());
            out.printf("Kafka at %s; topics %s -> %s, %s, %s%n", servers, config.kafka().inputTopics(),
                    config.kafka().recommendationsTopic(), config.kafka().remindersTopic(), config.kafka().deadLetterTopic());
            return run(config, out);
        } finally {
            if (embedded != null) embedded.close();
        }
    }

    private int run(EngineConfig config, PrintStream out) throws Exception {
        EventCodec codec = EventCodec.of(config);
        JobIO io = KafkaIO.jobIO(config.kafka(), codec, "streamrec-demo-" + System.currentTimeMillis());
        out.printf("Starting the Flink job (parallelism %d, RocksDB, checkpoints every %s) ...%n",
                config.runtime().parallelism(), Durations.format(config.runtime().checkpointInterval()));
        JobClient job = LocalJob.start(config, io, "streamrec demo");
        boolean shop = eventsFile == null || withShop;
        Iterator<Event> events = shop ? input.open(config) : Collections.emptyIterator();
        out.printf("Feeding %s at %.0f records/s%s.%n", describeFeed(config, shop), rate,
                seconds > 0 ? " for " + seconds + " s" : " until it ends");
        DeadLetterReport deadLetters = new DeadLetterReport();
        try (EventPublisher publisher = new EventPublisher(config.kafka(), codec);
             OutputWatcher watcher = new OutputWatcher(config.kafka(), codec, publisher.sendTimes(),
                     new ConsoleReport(out, quiet, deadLetters));
             RawLines lines = eventsFile == null ? null : new RawLines(eventsFile)) {
            List<SentLine> sentLines = feed(config, events, lines, publisher, watcher, out);
            for (SentLine line : sentLines) {
                RecordMetadata where = line.where().get();
                deadLetters.sentLine(line.number(), where.topic(), where.partition(), where.offset());
            }
            drain(config, watcher, out);
            printSummary(publisher, watcher, deadLetters, out);
        } finally {
            job.cancel().get();
        }
        return 0;
    }

    private String describeFeed(EngineConfig config, boolean shop) {
        if (eventsFile == null) return input.describe(config);
        String file = "the lines of " + eventsFile;
        return shop ? input.describe(config) + " and " + file : file;
    }

    /** A line of --events-file and where the broker put it. */
    private record SentLine(int number, Future<RecordMetadata> where) {}

    /** Sends the shop's events and the file's lines, one of each in turn while both last; returns the lines sent. */
    private List<SentLine> feed(EngineConfig config, Iterator<Event> events, RawLines lines, EventPublisher publisher,
                                OutputWatcher watcher, PrintStream out) throws InterruptedException {
        List<MalformedRecords.Sample> bad = badRecords ? MalformedRecords.all(System.currentTimeMillis(), config.ingest()) : List.of();
        List<SentLine> sentLines = new ArrayList<>();
        long start = System.currentTimeMillis();
        long deadline = seconds > 0 ? start + seconds * 1000L : Long.MAX_VALUE;
        long nextProgress = start + PROGRESS_INTERVAL_MS;
        long sent = 0;
        long shopEvents = 0;
        while ((events.hasNext() || lines != null && lines.hasNext()) && System.currentTimeMillis() < deadline) {
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
                out.printf("[%3ds] sent %,d events; out: %,d recommendations, %,d reminders, %,d dead letters; latency p50 %.0f ms%n",
                        (now - start) / 1000, publisher.sent(), watcher.recommendations(), watcher.reminders(),
                        watcher.deadLetters(), watcher.latency(l -> l.percentile(0.5)));
            }
        }
        publisher.flush();
        return sentLines;
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

    private static void printSummary(EventPublisher publisher, OutputWatcher watcher, DeadLetterReport deadLetters,
                                     PrintStream out) {
        out.println();
        out.println("Summary");
        out.printf("  records in           %,d%n", publisher.sent());
        out.printf("  recommendations out  %,d%n", watcher.recommendations());
        out.printf("  reminders out        %,d%n", watcher.reminders());
        out.printf("  dead letters         %,d%n", watcher.deadLetters());
        deadLetters.print(out);
        watcher.latency(l -> {
            out.printf("  latency p50 / p99    %.0f ms / %.0f ms  (event sent -> recommendation read back, %,d samples)%n",
                    l.percentile(0.5), l.percentile(0.99), l.count());
            return null;
        });
    }
}
