package org.streamrec.connectors;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.configuration.StateBackendOptions;
import org.streamrec.engine.job.RecommendationJob;

/**
 * The check that a cluster really runs the job with the Flink settings its graph relies on
 * ({@link RecommendationJob#flinkConfiguration}). The job sets every one itself, but a cluster can
 * refuse: with {@code execution.program-config.enabled: false} it keeps its own values, and the job
 * must then not start on settings it was not built for (the reminders' exactly-once sink without
 * exactly-once checkpoints, the heap backend for state sized for RocksDB, Kryo where the graph has
 * none, batch execution of an endless stream).
 */
public final class RequiredSettings {
    /** The settings checked; the engine's other settings (RocksDB tuning, buffer timeout) only tune. */
    static final List<ConfigOption<?>> CHECKED = List.of(
            StateBackendOptions.STATE_BACKEND,
            CheckpointingOptions.INCREMENTAL_CHECKPOINTS,
            CheckpointingOptions.CHECKPOINTING_INTERVAL,
            CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE,
            CheckpointingOptions.ENABLE_UNALIGNED,
            CheckpointingOptions.FORCE_UNALIGNED,
            PipelineOptions.GENERIC_TYPES,
            PipelineOptions.OBJECT_REUSE,
            ExecutionOptions.RUNTIME_MODE);

    private RequiredSettings() {}

    /**
     * Every checked setting the job will not get, one line each naming the key, what the job needs
     * and what it would get; empty when all is well.
     *
     * @param cluster the configuration the cluster gives a job before the job sets anything
     * @param effective the configuration of the job's environment after the job set its own
     */
    public static List<String> problems(Configuration required, ReadableConfig cluster, ReadableConfig effective) {
        List<String> problems = new ArrayList<>();
        for (ConfigOption<?> option : CHECKED) {
            check(option, required, cluster, effective, problems);
        }
        return problems;
    }

    /** Whether {@link #problems} checks the setting {@code key}. */
    public static boolean isChecked(String key) {
        return CHECKED.stream().anyMatch(o -> o.key().equals(key));
    }

    /** @throws IllegalStateException listing every problem, when there is one */
    public static void verify(Configuration required, ReadableConfig cluster, ReadableConfig effective) {
        List<String> problems = problems(required, cluster, effective);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("This Flink cluster cannot run streamrec as configured:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private static <T> void check(ConfigOption<T> option, Configuration required, ReadableConfig cluster,
            ReadableConfig effective, List<String> problems) {
        T wanted = required.get(option);
        String key = option.key();
        boolean clusterKeepsItsOwn = !cluster.get(DeploymentOptions.PROGRAM_CONFIG_ENABLED)
                && !cluster.get(DeploymentOptions.PROGRAM_CONFIG_WILDCARDS).contains(key);
        T fromCluster = cluster.get(option);
        if (clusterKeepsItsOwn && !same(fromCluster, wanted)) {
            problems.add(key + ": the cluster has " + fromCluster + " and does not let jobs change it ("
                    + DeploymentOptions.PROGRAM_CONFIG_ENABLED.key() + ": false); streamrec needs " + wanted
                    + ". Set it in the cluster's configuration, or list it in "
                    + DeploymentOptions.PROGRAM_CONFIG_WILDCARDS.key() + ".");
        } else if (!same(effective.get(option), wanted)) {
            problems.add(key + ": the job's environment has " + effective.get(option) + "; streamrec needs " + wanted + ".");
        }
    }

    private static boolean same(Object got, Object wanted) {
        if (got instanceof String g && wanted instanceof String w) return g.equalsIgnoreCase(w);
        return wanted.equals(got);
    }
}
