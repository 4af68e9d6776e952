package org.streamrec.tools.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.runtime.execution.ExecutionState;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.runtime.checkpoint.AbstractCheckpointStats;
import org.apache.flink.runtime.checkpoint.CheckpointStatsStatus;
import org.apache.flink.runtime.checkpoint.CompletedCheckpointStats;
import org.apache.flink.runtime.checkpoint.SubtaskStateStats;
import org.apache.flink.runtime.checkpoint.TaskStateStats;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A Flink MiniCluster in this JVM, held directly (rather than through a local environment) so the
 * benchmarks can trigger checkpoints and read their per-operator statistics; its metrics go to
 * {@link InProcessMetrics}.
 */
final class BenchCluster implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 120;
    private static final int CHECKPOINT_HISTORY = 1000;

    private final Configuration conf;
    private final MiniCluster cluster;

    BenchCluster(Configuration conf, int slots) throws Exception {
        this.conf = new Configuration(conf);
        this.conf.set(RestOptions.BIND_PORT, "0");
        // Every checkpoint of a run, not only the last 10, for the pauses of the measured window.
        this.conf.set(WebOptions.CHECKPOINTS_HISTORY_SIZE, CHECKPOINT_HISTORY);
        InProcessMetrics.register(this.conf);
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

    /** Waits until every task of the job runs, so nothing sent from now on waits for a deployment. */
    void awaitRunning(JobID job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!allTasksRunning(job)) {
            checkAlive(job);
            if (System.nanoTime() > deadline) throw new IllegalStateException("job " + job + " did not start in time");
            Thread.sleep(100);
        }
    }

    private boolean allTasksRunning(JobID job) throws Exception {
        AccessExecutionGraph graph = cluster.getExecutionGraph(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (var vertex : graph.getAllExecutionVertices()) {
            if (vertex.getExecutionState() != ExecutionState.RUNNING) return false;
        }
        return true;
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

    /**
     * Per job vertex, the longest synchronous checkpoint part and barrier alignment of any subtask,
     * over the completed checkpoints triggered at or after {@code sinceMillis} (epoch ms).
     */
    CheckpointPauses checkpointPauses(JobID job, long sinceMillis) throws Exception {
        AccessExecutionGraph graph = cluster.getExecutionGraph(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, CheckpointPauses.Task> tasks = new LinkedHashMap<>();
        int checkpoints = 0;
        for (AbstractCheckpointStats checkpoint : graph.getCheckpointStatsSnapshot().getHistory().getCheckpoints()) {
            if (checkpoint.getStatus() != CheckpointStatsStatus.COMPLETED || checkpoint.getTriggerTimestamp() < sinceMillis) continue;
            checkpoints++;
            for (TaskStateStats task : checkpoint.getAllTaskStateStats()) {
                long sync = 0;
                long alignment = 0;
                for (SubtaskStateStats subtask : task.getSubtaskStats()) {
                    if (subtask == null) continue;
                    sync = Math.max(sync, subtask.getSyncCheckpointDuration());
                    alignment = Math.max(alignment, subtask.getAlignmentDuration());
                }
                tasks.merge(graph.getJobVertex(task.getJobVertexId()).getName(),
                        new CheckpointPauses.Task(sync, alignment), CheckpointPauses.Task::max);
            }
        }
        return new CheckpointPauses(checkpoints, tasks);
    }

    /** The full state size of the job's latest completed checkpoint (all of it, not the increment); 0 before the first. */
    long latestCheckpointStateSize(JobID job) throws Exception {
        AccessExecutionGraph graph = cluster.getExecutionGraph(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        CompletedCheckpointStats latest = graph.getCheckpointStatsSnapshot().getHistory().getLatestCompletedCheckpoint();
        return latest == null ? 0 : latest.getStateSize();
    }

    /** Cancels the job unless it has already ended (a bounded source's job finishes by itself). */
    void cancel(JobID job) throws Exception {
        if (!finished(job)) cluster.cancelJob(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** True once the job has ended; if it ended other than by finishing its input, fails. */
    boolean finished(JobID job) throws Exception {
        var status = cluster.getJobStatus(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (status == JobStatus.FINISHED) return true;
        checkAlive(job);
        return false;
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
