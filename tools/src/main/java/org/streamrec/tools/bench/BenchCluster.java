package org.streamrec.tools.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.checkpoint.CompletedCheckpointStats;
import org.apache.flink.runtime.checkpoint.TaskStateStats;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A Flink MiniCluster in this JVM, held directly (rather than through a local environment) so the
 * benchmarks can trigger checkpoints and read their per-operator statistics.
 */
final class BenchCluster implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 120;

    private final Configuration conf;
    private final MiniCluster cluster;

    BenchCluster(Configuration conf, int slots) throws Exception {
        this.conf = new Configuration(conf);
        this.conf.set(RestOptions.BIND_PORT, "0");
        cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(this.conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .build());
        cluster.start();
    }

    /** An environment with the cluster's configuration, to build a job in. */
    StreamExecutionEnvironment environment() {
        return StreamExecutionEnvironment.getExecutionEnvironment(conf);
    }

    JobID submit(StreamExecutionEnvironment env, String name) throws Exception {
        var graph = env.getStreamGraph();
        graph.setJobName(name);
        return cluster.submitJob(graph).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getJobID();
    }

    /**
     * Takes a checkpoint now and returns the full state size of each job vertex (name to bytes),
     * as recorded in the checkpoint's statistics.
     */
    Map<String, Long> checkpointSizes(JobID job) throws Exception {
        cluster.triggerCheckpoint(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        AccessExecutionGraph graph = cluster.getExecutionGraph(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        CompletedCheckpointStats checkpoint = graph.getCheckpointStatsSnapshot().getHistory().getLatestCompletedCheckpoint();
        if (checkpoint == null) throw new IllegalStateException("no completed checkpoint in the statistics of job " + job);
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (TaskStateStats task : checkpoint.getAllTaskStateStats()) {
            sizes.merge(graph.getJobVertex(task.getJobVertexId()).getName(), task.getStateSize(), Long::sum);
        }
        return sizes;
    }

    void cancel(JobID job) throws Exception {
        cluster.cancelJob(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Fails if the job has already failed, so a broken run is not measured as a slow one. */
    void checkAlive(JobID job) throws Exception {
        var status = cluster.getJobStatus(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (status.isGloballyTerminalState()) {
            var result = cluster.requestJobResult(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            throw new IllegalStateException("benchmark job ended early (" + status + ")",
                    result.getSerializedThrowable().map(t -> (Throwable) t).orElse(null));
        }
    }

    @Override
    public void close() throws Exception {
        cluster.closeAsync().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
