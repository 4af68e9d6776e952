package org.streamrec.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.job.RecommendationJob;

class RequiredSettingsTest {
    private final Configuration required = RecommendationJob.flinkConfiguration(ConfigLoader.load("test", Map.of()));

    @Test
    void aClusterThatLetsTheJobSetItsOwnSettingsIsFine() {
        Configuration cluster = new Configuration();
        cluster.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        cluster.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.AT_LEAST_ONCE);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(required);

        assertEquals(List.of(), RequiredSettings.problems(required, cluster, env.getConfiguration()));
    }

    @Test
    void aClusterThatKeepsItsOwnSettingsFailsNamingEachKeyItWouldChange() {
        Configuration cluster = new Configuration();
        cluster.set(DeploymentOptions.PROGRAM_CONFIG_ENABLED, false);
        cluster.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        cluster.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.AT_LEAST_ONCE);
        cluster.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofSeconds(2));
        cluster.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
        cluster.set(PipelineOptions.GENERIC_TYPES, false);
        cluster.set(PipelineOptions.OBJECT_REUSE, true);
        // Allowed to change despite program-config being off: not a problem.
        cluster.set(DeploymentOptions.PROGRAM_CONFIG_WILDCARDS, List.of(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE.key()));

        List<String> problems = RequiredSettings.problems(required, cluster, required);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("state.backend.type: the cluster has hashmap and does not let jobs change it"),
                problems.get(0));
        assertTrue(problems.get(0).contains("streamrec needs rocksdb"), problems.get(0));
    }

    @Test
    void aClusterThatKeepsItsDefaultsFailsTooWhereTheJobNeedsMore() {
        Configuration cluster = new Configuration();
        cluster.set(DeploymentOptions.PROGRAM_CONFIG_ENABLED, false);

        List<String> keys = RequiredSettings.problems(required, cluster, required).stream()
                .map(p -> p.substring(0, p.indexOf(':'))).toList();

        // Flink's defaults: hashmap, no checkpoints, generic types on, no object reuse.
        assertEquals(List.of("state.backend.type", "execution.checkpointing.incremental", "execution.checkpointing.interval",
                "pipeline.generic-types", "pipeline.object-reuse"), keys);
    }

    @Test
    void anEnvironmentWithoutTheSettingsIsNamed() {
        Configuration effective = new Configuration(required);
        effective.set(PipelineOptions.GENERIC_TYPES, true);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RequiredSettings.verify(required, new Configuration(), effective));
        assertEquals("This Flink cluster cannot run streamrec as configured:\n"
                + "  - pipeline.generic-types: the job's environment has true; streamrec needs false.", e.getMessage());
    }
}
