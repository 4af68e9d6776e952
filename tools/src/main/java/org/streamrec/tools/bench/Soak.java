package org.streamrec.tools.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.tools.embedded.EmbeddedKafka;
import org.streamrec.tools.roundtrip.OutputWatcher;

/**
 * {@code ./recs bench --soak DURATION}: the engine as in the latency run (embedded Kafka, the job's
 * Kafka sources and sinks, an open-loop sender, a list reader) at one rate for a long time, sampled
 * every {@code interval}. Nothing per event is kept, so the bench itself does not grow the heap. Each
 * sample forces a full GC first, so its heap figure is the live set; that pause is the soak's own.
 */
final class Soak {
    /** Flat: over the last two thirds, heap and state grow by at most this share of their mean ... */
    static final double FLAT_SHARE = 0.10;
    /** ... and the consumer lag and the backlog by at most this long a stretch of input. */
    static final Duration FLAT_LAG = Duration.ofSeconds(1);
    private static final String PENDING_RECORDS = "pendingRecords";
    /** The job's events source, as RecommendationJob names it. */
    private static final String EVENTS_SOURCE = "Source: events";

    private final Function<Map<String, String>, EngineConfig> configWith;
    private final WorkloadShape shape;
    private final PrintStream console;

    Soak(Function<Map<String, String>, EngineConfig> configWith, WorkloadShape shape, PrintStream console) {
        this.configWith = configWith;
        this.shape = shape;
        this.console = console;
    }

    SoakResult run(double rate, Duration duration, Duration interval) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            EngineConfig config = configWith.apply(Map.of(
                    "kafka.bootstrapServers", kafka.bootstrapServers(), "kafka.startingOffsets", "earliest"));
            KafkaIO.createTopics(config.kafka());
            EventCodec codec = EventCodec.of(config);
            ListReadback readback = new ListReadback(list -> {});
            try (EngineTarget.Started job = new EngineTarget(false).start(config);
                 EventSender sender = new EventSender(config, shape.startingAt(System.currentTimeMillis(), rate));
                 OutputWatcher lists = new OutputWatcher(config.kafka(), codec, Map.of(), readback)) {
                long perInterval = Math.max(1, Math.round(rate * interval.toMillis() / 1000.0));
                long samples = Math.max(1, duration.toMillis() / interval.toMillis());
                long start = System.nanoTime();
                OpenLoopSchedule schedule = new OpenLoopSchedule(rate, start);
                List<SoakSample> taken = new ArrayList<>();
                console.println("   elapsed     events sent    lists read   heap after GC   checkpointed state   consumer lag       backlog");
                for (long k = 0; k < samples; k++) {
                    schedule.send(k * perInterval, (k + 1) * perInterval, sender);
                    sender.check();
                    readback.check();
                    job.cluster().checkAlive(job.job());
                    SoakSample sample = sample((System.nanoTime() - start) / 1e9, (k + 1) * perInterval, lists.recommendations(), job);
                    taken.add(sample);
                    SoakResult.printRow(console, sample);
                }
                return new SoakResult(rate, duration, interval, taken, schedule.maxLatenessMillis());
            }
        }
    }

    private static SoakSample sample(double seconds, long sent, long lists, EngineTarget.Started job) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        JobMetrics metrics = JobMetrics.registeredBy(job.job());
        long lag = metrics.gaugeSum(PENDING_RECORDS).orElse(-1L);
        long backlog = sent - metrics.operatorCounter("numRecordsOut", EVENTS_SOURCE);
        return new SoakSample(seconds, sent, lists, heap, job.cluster().latestCheckpointStateSize(job.job()), lag, backlog);
    }
}
