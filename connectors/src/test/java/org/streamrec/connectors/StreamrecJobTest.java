package org.streamrec.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.flink.client.program.StreamContextEnvironment;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.DefaultExecutorServiceLoader;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;

class StreamrecJobTest {
    private final EngineConfig config = ConfigLoader.load("test", Map.of());

    @Test
    void aClusterThatKeepsItsOwnStateBackendStopsTheJobBeforeItIsSubmitted() {
        // What `flink run` and the REST API's /jars/:id/run set up before they call the job's main.
        Configuration cluster = new Configuration();
        cluster.set(DeploymentOptions.PROGRAM_CONFIG_ENABLED, false);
        cluster.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        StreamContextEnvironment.setAsContext(new DefaultExecutorServiceLoader(), cluster, getClass().getClassLoader(), true, true);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> StreamrecJob.run(config));

            assertTrue(e.getMessage().contains("state.backend.type: the cluster has hashmap and does not let jobs change it"),
                    e.getMessage());
        } finally {
            StreamContextEnvironment.unsetAsContext();
        }
    }

    @Test
    void theRemindersTransactionalIdsAreStablePerConsumerGroup() {
        EngineConfig other = ConfigLoader.load("test", Map.of("kafka.groupId", "streamrec-staging"));

        assertEquals("streamrec-engine-reminders", StreamrecJob.transactionalIdPrefix(config.kafka()));
        assertEquals("streamrec-staging-reminders", StreamrecJob.transactionalIdPrefix(other.kafka()));
    }
}
