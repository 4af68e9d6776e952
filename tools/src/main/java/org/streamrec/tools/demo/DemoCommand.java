package org.streamrec.tools.demo;

import org.streamrec.tools.cli.EngineOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import org.streamrec.config.Durations;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.tools.roundtrip.EventPublisher;
import org.streamrec.tools.local.LocalJob;
import org.streamrec.tools.roundtrip.MalformedRecords;
import org.streamrec.tools.roundtrip.OutputWatcher;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.MessageKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** ./recs demo: the engine end to end on this machine, with nothing to install. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Runs the engine on an embedded Kafka broker (KRaft, 127.0.0.1) and a local Flink cluster with RocksDB,",
            "feeds it a synthetic shop (or a dataset), prints recommendations, reminders, messages, alerts and dead",
            "letters as they appear, and ends with a summary: events in, outputs (messages per kind), dead letters,",
            "event-to-output latency."})
public final class DemoCommand implements Callable<Integer> {
    private static final long PROGRESS_INTERVAL_MS = 5_000;
    private static final long DRAIN_QUIET_MS = 3_000;
    private static final long DRAIN_MAX_MS = 30_000;

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
            out.printf("Kafka at %s; topics %s -> %s, %s, %s, %s, %s%n", servers, config.kafka().inputTopics(),
                    config.kafka().recommendationsTopic(), config.kafka().remindersTopic(), config.kafka().messagesTopic(),
                    config.kafka().alertsTopic(), config.kafka().deadLetterTopic());
            return run(config, servers, out);
        } finally {
            if (embedded != null) embedded.close();
        }
    }

    private int run(EngineConfig config, String servers, PrintStream out) throws Exception {
        EventCodec codec = new EventCodec(config.runtime().maxFutureSkew());
        JobIO io = KafkaIO.jobIO(config.kafka(), codec, "streamrec-demo-" + System.currentTimeMillis());
        out.printf("Starting the Flink job (parallelism %d, RocksDB, checkpoints every %s) ...%n",
                config.runtime().parallelism(), Durations.format(config.runtime().checkpointInterval()));
        JobClient job = LocalJob.start(config, io, "streamrec demo");
        Iterator<Event> events = input.open(config);
        out.printf("Feeding %s at %.0f events/s%s.%n", input.describe(config), rate,
                seconds > 0 ? " for " + seconds + " s" : " until it ends");
        try (EventPublisher publisher = new EventPublisher(servers, config.kafka(), codec);
             OutputWatcher watcher = new OutputWatcher(servers, config.kafka(), codec, publisher.sendTimes(),
                     new ConsoleReport(out, quiet))) {
            feed(events, publisher, watcher, out);
            drain(watcher);
            printSummary(publisher, watcher, out);
        } finally {
            job.cancel().get();
        }
        return 0;
    }

    private void feed(Iterator<Event> events, EventPublisher publisher, OutputWatcher watcher, PrintStream out)
            throws InterruptedException {
        List<MalformedRecords.Sample> bad = badRecords ? MalformedRecords.all(System.currentTimeMillis()) : List.of();
        long start = System.currentTimeMillis();
        long deadline = seconds > 0 ? start + seconds * 1000L : Long.MAX_VALUE;
        long nextProgress = start + PROGRESS_INTERVAL_MS;
        long sent = 0;
        while (events.hasNext() && System.currentTimeMillis() < deadline) {
            publisher.publish(events.next());
            sent++;
            // One malformed record every 500 events, until each kind has been sent once.
            if (sent % 500 == 0 && sent / 500 <= bad.size()) publisher.publishRaw(bad.get((int) (sent / 500) - 1).payload());
            long due = start + (long) (sent * 1000 / rate);
            long now = System.currentTimeMillis();
            if (due > now) Thread.sleep(due - now);
            if (now >= nextProgress) {
                nextProgress += PROGRESS_INTERVAL_MS;
                out.printf("[%3ds] sent %,d events; out: %,d recommendations, %,d reminders, %,d messages, %,d dead letters;"
                        + " latency p50 %.0f ms%n", (now - start) / 1000, publisher.sent(), watcher.recommendations(),
                        watcher.reminders(), watcher.triggeredMessages(), watcher.deadLetters(), watcher.latency(l -> l.percentile(0.5)));
            }
        }
        publisher.flush();
    }

    /** Waits until the outputs stop growing, so the summary counts what the last events caused. */
    private static void drain(OutputWatcher watcher) throws InterruptedException {
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

    private static void printSummary(EventPublisher publisher, OutputWatcher watcher, PrintStream out) {
        out.println();
        out.println("Summary");
        out.printf("  events in            %,d%n", publisher.sent());
        out.printf("  recommendations out  %,d%n", watcher.recommendations());
        out.printf("  reminders out        %,d%n", watcher.reminders());
        for (MessageKind kind : MessageKind.values()) {
            if (kind != MessageKind.REMINDER) out.printf("  %-20s %,d%n", kind.wireName(), watcher.messages(kind));
        }
        out.printf("  intent alerts        %,d%n", watcher.alerts());
        out.printf("  dead letters         %,d%n", watcher.deadLetters());
        watcher.latency(l -> {
            out.printf("  latency p50 / p99    %.0f ms / %.0f ms  (event sent -> recommendation read back, %,d samples)%n",
                    l.percentile(0.5), l.percentile(0.99), l.count());
            return null;
        });
    }
}
