package org.streamrec.tools.local;

import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.job.RecommendationJob;

/** Runs the engine's job graph on a local Flink MiniCluster in this JVM. */
public final class LocalJob {
    private LocalJob() {}

    /** Submits the job and returns once it is running. */
    public static JobClient start(EngineConfig config, JobIO io, String name) throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(RecommendationJob.flinkConfiguration(config));
        RecommendationJob.assemble(env, config, io);
        JobClient client = env.executeAsync(name);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (client.getJobStatus().get() != JobStatus.RUNNING) {
            JobStatus status = client.getJobStatus().get();
            if (status.isTerminalState()) {
                client.getJobExecutionResult().get();
                throw new IllegalStateException("job ended while starting: " + status);
            }
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("job did not start within 2 minutes");
            Thread.sleep(100);
        }
        return client;
    }

    /** Runs a job whose sources are bounded to the end. */
    public static void runToEnd(EngineConfig config, JobIO io, String name) throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(RecommendationJob.flinkConfiguration(config));
        RecommendationJob.assemble(env, config, io);
        env.execute(name);
    }
}
