package org.streamrec.tools.bench;

import java.io.PrintStream;
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

/**
 * Maximum sustainable throughput: the source runs unthrottled, so backpressure paces it at what
 * the slowest operator sustains; after {@code warmupEvents}, the next {@code events} are timed,
 * from the moment the source reads the first of them until the last of their lists is emitted.
 * Only events whose ranking completed (a list emitted for them) count as done.
 */
final class ThroughputBench {
    private static final long POLL_MS = 5;
    private static final long PROGRESS_MS = 10_000;
    /** Longer than a checkpoint's pause: a job still working emits lists more often than this. */
    private static final long QUIET_MS = 5_000;
    private static final String NUM_RECORDS_OUT = "numRecordsOut";

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

    /** The engine: RecommendationJob's graph, with RocksDB and checkpoints, each list noted and dropped. */
    ThroughputResult fullJob() throws Exception {
        CompletionSink lists = new CompletionSink(warmupEvents, warmupEvents + events);
        try {
            return run("full", (env, source) -> RecommendationJob.assemble(env, config,
                    JobIO.reading(source).recommendations(lists).build()), lists.log());
        } finally {
            lists.release();
        }
    }

    /** The same source and parsing, straight into a discarding sink: the cost of reading the events. */
    ThroughputResult nullJob() throws Exception {
        return run("null", (env, source) -> {
            env.setParallelism(config.runtime().parallelism());
            env.fromSource(source, WatermarkStrategy.noWatermarks(), "events").sinkTo(new DiscardingSink<>());
        }, null);
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
        }, null);
        return new FloorResult(recordsPerEvent, withState, run);
    }

    private interface Graph {
        void build(StreamExecutionEnvironment env,
                   Source<IngestRecord, ?, ?> source);
    }

    /**
     * @param lists where the job's lists are logged, or null for a job that ranks nothing: its timed
     *     window ends when the source has read the last event, not when the last list came out
     */
    private ThroughputResult run(String name, Graph graph, AnswerLog lists) throws Exception {
        long total = warmupEvents + events;
        ReplaySource source = new ReplaySource(total, workload::wire, EventCodec.of(config),
                RateLimiterStrategy.noOp());
        int parallelism = config.runtime().parallelism();
        try (BenchCluster cluster = new BenchCluster(RecommendationJob.flinkConfiguration(config), parallelism)) {
            StreamExecutionEnvironment env = cluster.environment();
            graph.build(env, source.source());
            JobID job = cluster.submit(env, "streamrec bench throughput (" + name + " job)");
            awaitEmitted(cluster, job, source, warmupEvents, console);
            // Taken once every task runs; read after the job has finished too.
            JobMetrics metrics = JobMetrics.registeredBy(job);
            CpuClock start = CpuClock.now();
            long recordsBefore = metrics.operatorCounter(NUM_RECORDS_OUT);
            long shuffledBefore = metrics.taskCounter(NUM_RECORDS_OUT);
            awaitEmitted(cluster, job, source, total, console);
            CpuClock read = CpuClock.now();
            CpuClock end = lists == null ? read : awaitCompleted(cluster, job, lists, read);
            long records = metrics.operatorCounter(NUM_RECORDS_OUT) - recordsBefore;
            long shuffled = metrics.taskCounter(NUM_RECORDS_OUT) - shuffledBefore;
            cluster.cancel(job);
            long completed = lists == null ? events : lists.answered();
            return new ThroughputResult(name, parallelism, events, completed, lists == null ? 0 : lists.lists(),
                    end.wallSecondsSince(start), end.cpuSecondsSince(start), records, shuffled);
        } finally {
            source.release();
        }
    }

    /**
     * Waits until every timed event has its list, the job has finished (its bounded source ended and
     * everything was processed), or no list has come for {@link #QUIET_MS} (the rest are not
     * coming); returns the clocks as they were when the last list came.
     */
    private static CpuClock awaitCompleted(BenchCluster cluster, JobID job, AnswerLog lists, CpuClock read)
            throws Exception {
        CpuClock lastProgress = read;
        long seen = lists.answered();
        long checked = System.currentTimeMillis();
        while (seen < lists.measured() && System.nanoTime() - lastProgress.wallNanos() < QUIET_MS * 1_000_000) {
            Thread.sleep(POLL_MS);
            long now = lists.answered();
            if (now != seen) {
                seen = now;
                lastProgress = CpuClock.now();
            }
            if (System.currentTimeMillis() - checked > 1000) {
                if (cluster.finished(job)) break;
                checked = System.currentTimeMillis();
            }
        }
        long last = lists.answered();
        return last == seen ? lastProgress : CpuClock.now();
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
