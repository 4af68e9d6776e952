package org.streamrec.tools.bench;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.local.ReplaySource;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.util.Collector;
import org.streamrec.engine.job.RecommendationJob;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.Recommendation;

/**
 * Maximum sustainable throughput: the source runs unthrottled, so backpressure paces it at what
 * the slowest operator sustains; after {@code warmupEvents}, the next {@code events} are timed.
 */
final class ThroughputBench {
    private static final long POLL_MS = 5;
    private static final long PROGRESS_MS = 10_000;

    private final EngineConfig config;
    private final BenchWorkload workload;
    private final long warmupEvents;
    private final long events;
    private final PrintStream console;

    ThroughputBench(EngineConfig config, BenchWorkload workload, long warmupEvents, long events, PrintStream console) {
        this.config = config;
        this.console = console;
        this.workload = workload;
        this.warmupEvents = warmupEvents;
        this.events = events;
    }

    /** The engine: RecommendationJob's graph, with RocksDB and checkpoints, recommendations counted and dropped. */
    ThroughputResult fullJob() throws Exception {
        CountingSink<Recommendation> recommendations = new CountingSink<>();
        try {
            return run("full", (env, source) -> RecommendationJob.assemble(env, config,
                    JobIO.reading(source).recommendations(recommendations).build()),
                    recommendations::count);
        } finally {
            recommendations.release();
        }
    }

    /** The same source and parsing, straight into a discarding sink: the cost of reading the events. */
    ThroughputResult nullJob() throws Exception {
        return run("null", (env, source) -> {
            env.setParallelism(config.runtime().parallelism());
            env.fromSource(source, WatermarkStrategy.noWatermarks(), "events").sinkTo(new DiscardingSink<>());
        }, () -> 0L);
    }

    /**
     * The same source and parsing, then {@code recordsPerEvent} small records per event through one
     * keyed shuffle, each read and written in RocksDB if {@code withState}: what Flink charges for
     * the records and state operations alone, with no engine work.
     */
    FloorResult floorJob(int recordsPerEvent, boolean withState) throws Exception {
        ThroughputResult run = run("floor", (env, source) -> {
            env.setParallelism(config.runtime().parallelism());
            KeyedStream<Tuple2<String, Long>, String> records = env
                    .fromSource(source, WatermarkStrategy.noWatermarks(), "events")
                    .flatMap((IngestRecord r, Collector<Tuple2<String, Long>> out) -> {
                        String user = r.event == null ? "" : r.event.userId;
                        for (long i = 0; i < recordsPerEvent; i++) out.collect(Tuple2.of(user + "/" + i, i));
                    })
                    .returns(Types.TUPLE(Types.STRING, Types.LONG))
                    .keyBy(t -> t.f0);
            (withState ? records.process(new SumPerKey()) : records.map(t -> t.f1)).sinkTo(new DiscardingSink<>());
        }, () -> 0L);
        return new FloorResult(recordsPerEvent, withState, run);
    }

    private interface Graph {
        void build(StreamExecutionEnvironment env,
                   Source<IngestRecord, ?, ?> source);
    }

    private ThroughputResult run(String name, Graph graph, LongSupplier outputs) throws Exception {
        long total = warmupEvents + events;
        ReplaySource source = new ReplaySource(total, workload::wire, EventCodec.of(config),
                RateLimiterStrategy.noOp());
        int parallelism = config.runtime().parallelism();
        try (BenchCluster cluster = new BenchCluster(RecommendationJob.flinkConfiguration(config), parallelism)) {
            StreamExecutionEnvironment env = cluster.environment();
            graph.build(env, source.source());
            JobID job = cluster.submit(env, "streamrec bench throughput (" + name + " job)");
            awaitEmitted(cluster, job, source, warmupEvents, console);
            CpuClock start = CpuClock.now();
            awaitEmitted(cluster, job, source, total, console);
            CpuClock end = CpuClock.now();
            long out = outputs.getAsLong();
            cluster.cancel(job);
            return new ThroughputResult(name, events, end.wallSecondsSince(start), end.cpuSecondsSince(start), out);
        } finally {
            source.release();
        }
    }

    /** Waits until the source has read {@code target} events, printing how far it got every 10 s. */
    static void awaitEmitted(BenchCluster cluster, JobID job, ReplaySource source, long target, PrintStream console)
            throws Exception {
        long checked = System.currentTimeMillis();
        long nextProgress = checked + PROGRESS_MS;
        while (source.emitted() < target) {
            Thread.sleep(POLL_MS);
            long now = System.currentTimeMillis();
            if (now - checked > 1000) {
                cluster.checkAlive(job);
                checked = now;
            }
            if (now >= nextProgress) {
                console.printf("  %,d / %,d events read%n", source.emitted(), target);
                nextProgress = now + PROGRESS_MS;
            }
        }
    }
}
