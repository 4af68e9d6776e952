package org.streamrec.tools.bench;

import java.util.Optional;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.config.EngineConfig;
import org.streamrec.connectors.kafka.KafkaIO;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.RecommendationJob;

/**
 * The engine as production runs it (RecommendationJob's graph with its Kafka sources and sinks) on
 * a bench cluster, which gives Flink's view of the run: checkpoint pauses, keyed-state accesses
 * (when {@code trackStateAccesses}: Flink's latency tracking costs a little per access), and the
 * engine's own similarity freshness histogram.
 */
final class EngineTarget implements LatencyTarget {
    /** The histogram the engine's rank operator exports in its {@code streamrec} group, if it does. */
    static final String FRESHNESS_GROUP = "streamrec";
    static final String FRESHNESS = "similarityFreshnessMillis";

    private final boolean trackStateAccesses;

    EngineTarget(boolean trackStateAccesses) {
        this.trackStateAccesses = trackStateAccesses;
    }

    @Override
    public Started start(EngineConfig config) throws Exception {
        Configuration conf = RecommendationJob.flinkConfiguration(config);
        if (trackStateAccesses) JobMetrics.trackStateAccesses(conf);
        BenchCluster cluster = new BenchCluster(conf, config.runtime().parallelism());
        try {
            StreamExecutionEnvironment env = cluster.environment();
            RecommendationJob.assemble(env, config, KafkaIO.jobIO(config.kafka(),
                    EventCodec.of(config), "streamrec-bench-" + System.currentTimeMillis()));
            JobID job = cluster.submit(env, "streamrec bench latency");
            cluster.awaitRunning(job);
            return new Started(cluster, job);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    /** The running job, for a caller that reads more of it than the latency figures (the soak). */
    record Started(BenchCluster cluster, JobID job) implements Running {
        @Override
        public Optional<JobFigures> figures(ThreadCpu windowStart, long windowStartMillis, long eventsSent) throws Exception {
            CpuShare cpu = ThreadCpu.now().since(windowStart);
            cluster.checkAlive(job);
            JobMetrics metrics = JobMetrics.registeredBy(job);
            return Optional.of(new JobFigures(cpu, cluster.checkpointPauses(job, windowStartMillis), eventsSent,
                    metrics.stateAccessesByOperator(), metrics.histogram(FRESHNESS_GROUP, FRESHNESS)));
        }

        @Override
        public void close() throws Exception {
            try {
                cluster.cancel(job);
            } finally {
                cluster.close();
            }
        }
    }
}
