package org.streamrec.tools.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.tools.cli.EngineOptions;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.demo.DemoKafka;
import org.streamrec.tools.demo.InputOptions;
import org.streamrec.tools.demo.ShopFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** ./recs cluster: the job jar on a real multi-process Flink cluster, fed and watched like the demo. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {
            "Starts a standalone Flink cluster on this machine (a JobManager and TaskManagers, each its own JVM",
            "from Flink's jars), submits the job jar through the JobManager's REST API against an embedded Kafka",
            "broker (or --bootstrap-servers), feeds it a synthetic shop (or a dataset, or the lines of a file) and prints",
            "what comes out, as ./recs demo does; then cancels the job and stops everything (also on Ctrl-C)."})
public final class ClusterCommand implements Callable<Integer> {
    /** Set by ./recs and the build: the job jar, and the file listing Flink's jars. */
    public static final String JOB_JAR_PROPERTY = "streamrec.jobJar";
    public static final String FLINK_CLASSPATH_PROPERTY = "streamrec.flinkClasspath";

    @Mixin
    EngineOptions engine;

    @Mixin
    InputOptions input;

    @Mixin
    ShopFeed feed;

    @Mixin
    DemoKafka kafka;

    @Option(names = "--task-managers", defaultValue = "2", description = "TaskManager processes. Default: ${DEFAULT-VALUE}.")
    int taskManagers;

    @Option(names = "--slots", defaultValue = "1",
            description = "Task slots per TaskManager; parallelism above task managers x slots cannot start. Default: ${DEFAULT-VALUE}.")
    int slots;

    @Option(names = "--job-jar", paramLabel = "PATH", description = "The job jar (default: the one `mvn package` built).")
    Path jobJar = pathProperty(JOB_JAR_PROPERTY);

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        engine.launch(input.overrides()); // report configuration problems before starting anything
        if (jobJar == null || !Files.isRegularFile(jobJar)) {
            throw new IllegalArgumentException("no job jar at " + jobJar + " (build it with `mvn -B -DskipTests package`)");
        }
        try {
            LaunchConfig launch = kafka.open(engine, input.overrides(), out);
            EngineConfig config = launch.engine();
            out.printf("Starting a Flink cluster: a JobManager and %d TaskManagers with %d slot(s) each ...%n", taskManagers, slots);
            try (FlinkCluster cluster = FlinkCluster.start(flinkClasspath(), taskManagers, slots)) {
                out.printf("Flink web UI and REST API at %s (logs in %s)%n", cluster.restUrl(), cluster.logDirectory());
                cluster.metricsUrls().forEach((process, url) -> out.printf("  %-14s metrics at %s%n", process, url));
                String job;
                try {
                    job = submit(cluster, config, out);
                } catch (RuntimeException e) {
                    // The cluster's folder goes with it: show why while it is there.
                    out.println("The job did not start; the JobManager's log ends:\n" + cluster.logTail(FlinkCluster.JOB_MANAGER, 40));
                    throw e;
                }
                try {
                    feed.run(input, launch, EventCodec.of(config), out);
                    out.printf("  ran on TaskManagers %s; restarts %d; checkpoints completed %d%n",
                            cluster.taskManagersOf(job), cluster.restarts(job), cluster.completedCheckpoints(job));
                } finally {
                    out.println("Cancelling the job and stopping the cluster ...");
                    cluster.cancel(job);
                }
            }
        } finally {
            kafka.close();
        }
        return 0;
    }

    /** Uploads the job jar and runs it with this command's configuration; returns once all its tasks run. */
    private String submit(FlinkCluster cluster, EngineConfig config, PrintStream out) {
        String jarId = cluster.uploadJar(jobJar);
        // The job gets the engine's settings only: the shop's (--users ...) are this command's.
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("kafka.bootstrapServers", config.kafka().bootstrapServers());
        overrides.put("runtime.checkpointDir", cluster.checkpointDirectory());
        List<String> args = engine.jobArguments(overrides);
        out.printf("Submitting %s with %s ...%n", jobJar.getFileName(), String.join(" ", args));
        String job = cluster.submit(jarId, args, null);
        cluster.awaitRunning(job);
        out.printf("Job %s running (parallelism %d).%n", job, config.runtime().parallelism());
        return job;
    }

    /** Flink's own jars, from the file the build writes (tools/target/flink-classpath.txt). */
    static List<Path> flinkClasspath() throws IOException {
        Path file = pathProperty(FLINK_CLASSPATH_PROPERTY);
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalStateException("no Flink classpath file at " + file + " (system property "
                    + FLINK_CLASSPATH_PROPERTY + "; `mvn package` writes tools/target/flink-classpath.txt)");
        }
        return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).strip().split(":")).map(Path::of).toList();
    }

    private static Path pathProperty(String name) {
        String value = System.getProperty(name);
        return value == null ? null : Path.of(value);
    }
}
