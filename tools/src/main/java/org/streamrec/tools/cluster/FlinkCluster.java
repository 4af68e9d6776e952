package org.streamrec.tools.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.streamrec.tools.embedded.LocalMachine;

/**
 * A standalone Flink session cluster on this machine: one JobManager and any number of TaskManagers,
 * each a JVM of its own started from Flink's jars, as Flink's scripts start them, every port
 * ephemeral and everything under one temporary directory (configuration, logs, uploaded jars,
 * checkpoints, savepoints) that {@link #close()} deletes.
 *
 * <p>Besides starting a job and stopping everything, it does what fault tests need: kill a
 * TaskManager or the JobManager with SIGKILL and start them again (the JobManager on the same
 * ports, so the TaskManagers find it), read the latest retained checkpoint, stop a job with a
 * savepoint and start it again from one, count restarts, and tell which TaskManagers run a job.
 * Each process serves its metrics to Prometheus at {@link #metricsUrls()}.
 */
public final class FlinkCluster implements AutoCloseable {
    private static final String LOOPBACK = LocalMachine.LOOPBACK;
    // Generous: on a loaded machine, JVMs and the job's first checkpoints take minutes, not seconds.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    public static final String JOB_MANAGER = "jobmanager";

    private final List<Path> classpath;
    private final Path directory;
    private final ClusterConfig config;
    private final FlinkRest rest;
    private final Map<String, FlinkProcess> processes = new LinkedHashMap<>();
    private final Map<String, List<String>> resourceParams = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::stopProcesses, "flink-cluster-shutdown");
    private int taskManagersStarted;
    private boolean closed;

    private FlinkCluster(List<Path> classpath, Path directory, ClusterConfig config) {
        this.classpath = List.copyOf(classpath);
        this.directory = directory;
        this.config = config;
        this.rest = new FlinkRest("http://" + LOOPBACK + ":" + config.restPort());
        // Ctrl-C must not leave JVMs behind.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a JobManager and {@code taskManagers} TaskManagers with {@code slotsPerTaskManager}
     * slots each, and returns once all of them are registered.
     *
     * @param classpath Flink's jars (no job code: jobs come as jars through {@link #uploadJar})
     */
    public static FlinkCluster start(List<Path> classpath, int taskManagers, int slotsPerTaskManager) {
        Path directory = LocalMachine.createTempDirectory("streamrec-flink-");
        ClusterConfig config = ClusterConfig.write(directory, LOOPBACK, LocalMachine.freePort(), LocalMachine.freePort(), slotsPerTaskManager);
        FlinkCluster cluster = new FlinkCluster(classpath, directory, config);
        try {
            // The TaskManagers start while the JobManager does, and register once it is up.
            cluster.launchJobManager();
            for (int i = 0; i < taskManagers; i++) cluster.startTaskManager();
            cluster.awaitJobManager();
            cluster.awaitTaskManagers(taskManagers);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public String restUrl() {
        return "http://" + LOOPBACK + ":" + config.restPort();
    }

    /** Each running process's Prometheus endpoint, by process name ({@code jobmanager}, {@code taskmanager-1}, ...). */
    public Map<String, String> metricsUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        processes.forEach((name, p) -> urls.put(name, "http://" + LOOPBACK + ":" + p.metricsPort() + "/metrics"));
        return urls;
    }

    /** Where checkpoints of jobs started here should go (a {@code file://} URI under the cluster's directory). */
    public String checkpointDirectory() {
        return directory.resolve("checkpoints").toUri().toString();
    }

    public Path logDirectory() {
        return directory.resolve("log");
    }

    /** Starts the JobManager (again, after {@link #killJobManager()}: same ports) and waits until its REST API answers. */
    public void startJobManager() {
        launchJobManager();
        awaitJobManager();
    }

    private void launchJobManager() {
        processes.put(JOB_MANAGER, FlinkProcess.start(JOB_MANAGER, classpath, directory, config,
                "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
                resourceParams("GET_JM_RESOURCE_PARAMS"), List.of(), LocalMachine.freePort()));
    }

    private void awaitJobManager() {
        await(rest::answers, "the JobManager's REST API at " + restUrl());
    }

    /** What BashJavaUtils computes from the configuration, once per kind of process. */
    private List<String> resourceParams(String command) {
        return resourceParams.computeIfAbsent(command, c -> FlinkProcess.resourceParams(classpath, config, c,
                logDirectory().resolve(c.toLowerCase(java.util.Locale.ROOT) + ".log")));
    }

    /** Starts one more TaskManager; returns its name, which is also its resource id in the REST API. */
    public String startTaskManager() {
        String name = "taskmanager-" + (++taskManagersStarted);
        processes.put(name, FlinkProcess.start(name, classpath, directory, config,
                "org.apache.flink.runtime.taskexecutor.TaskManagerRunner", resourceParams("GET_TM_RESOURCE_PARAMS"),
                List.of("-Dtaskmanager.resource-id=" + name), LocalMachine.freePort()));
        return name;
    }

    /** SIGKILL: the process gets no chance to clean up, as when a machine dies. */
    public void killTaskManager(String name) {
        kill(name);
    }

    /** SIGKILL of the JobManager; its jobs are gone with it (no high availability), the TaskManagers wait for a new one. */
    public void killJobManager() {
        kill(JOB_MANAGER);
    }

    /** Waits until exactly {@code count} TaskManagers are registered. */
    public void awaitTaskManagers(int count) {
        await(() -> taskManagers().size() == count, count + " registered TaskManagers");
    }

    /** Resource ids of the registered TaskManagers. */
    public Set<String> taskManagers() {
        Set<String> ids = new LinkedHashSet<>();
        rest.get("/taskmanagers").path("taskmanagers").forEach(tm -> ids.add(tm.path("id").asText()));
        return ids;
    }

    /** Uploads a job jar; returns its id on the JobManager. A restarted JobManager needs it again. */
    public String uploadJar(Path jar) {
        if (!Files.isRegularFile(jar)) throw new IllegalArgumentException("no job jar at " + jar.toAbsolutePath());
        String stored = rest.upload(jar).path("filename").asText();
        return Path.of(stored).getFileName().toString();
    }

    /**
     * Runs the jar's main class with {@code programArgs} (POST /jars/:id/run) and returns the job id.
     * With {@code restoreFrom} (a savepoint or retained checkpoint path) the job starts from that state.
     *
     * @throws IllegalStateException with the JobManager's message when the program fails to start
     */
    public String submit(String jarId, List<String> programArgs, String restoreFrom) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("programArgsList", programArgs);
        if (restoreFrom != null) request.put("savepointPath", restoreFrom);
        try {
            return rest.post("/jars/" + jarId + "/run", request).path("jobid").asText();
        } catch (FlinkRest.FlinkRestException e) {
            throw new IllegalStateException("the job did not start: " + e.getMessage(), e);
        }
    }

    /** The job's state as the JobManager reports it: CREATED, RUNNING, FAILING, CANCELED, FINISHED... */
    public String jobState(String jobId) {
        return rest.get("/jobs/" + jobId).path("state").asText();
    }

    /** Waits until the job and every one of its tasks run (a job is RUNNING before its tasks are deployed). */
    public void awaitRunning(String jobId) {
        await(() -> allTasksRunning(jobId), "job " + jobId + " running with all its tasks", () -> taskStates(jobId) + exceptions(jobId));
    }

    /**
     * Whether the job and every one of its tasks run now.
     *
     * @throws IllegalStateException if the job has ended
     */
    public boolean allTasksRunning(String jobId) {
        JsonNode job = rest.get("/jobs/" + jobId);
        String state = job.path("state").asText();
        if (Set.of("FAILED", "CANCELED", "FINISHED").contains(state)) {
            throw new IllegalStateException("job " + jobId + " ended: " + state + exceptions(jobId));
        }
        for (JsonNode vertex : job.path("vertices")) {
            if (!vertex.path("status").asText().equals("RUNNING")) return false;
        }
        return state.equals("RUNNING");
    }

    /** The resource ids of the TaskManagers that run at least one of the job's tasks. */
    public Set<String> taskManagersOf(String jobId) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode vertex : rest.get("/jobs/" + jobId).path("vertices")) {
            rest.get("/jobs/" + jobId + "/vertices/" + vertex.path("id").asText() + "/taskmanagers")
                    .path("taskmanagers").forEach(tm -> ids.add(tm.path("taskmanager-id").asText()));
        }
        return ids;
    }

    /** How often the job restarted since it was submitted (Flink's numRestarts metric). */
    public long restarts(String jobId) {
        for (JsonNode metric : rest.get("/jobs/" + jobId + "/metrics?get=numRestarts")) {
            return metric.path("value").asLong();
        }
        return 0;
    }

    /** Completed checkpoints of the job so far. */
    public long completedCheckpoints(String jobId) {
        return rest.get("/jobs/" + jobId + "/checkpoints").path("counts").path("completed").asLong();
    }

    /**
     * The latest completed checkpoint retained on disk under {@link #checkpointDirectory()}, read from
     * the disk, so it also answers after the JobManager died. Restore from it with {@link #submit}.
     */
    public Optional<String> latestRetainedCheckpoint(String jobId) {
        Path jobDirectory = directory.resolve("checkpoints").resolve(jobId);
        if (!Files.isDirectory(jobDirectory)) return Optional.empty();
        try (Stream<Path> checkpoints = Files.list(jobDirectory)) {
            return checkpoints
                    .filter(p -> p.getFileName().toString().startsWith("chk-") && Files.exists(p.resolve("_metadata")))
                    .max(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().substring(4))))
                    .map(p -> p.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + jobDirectory, e);
        }
    }

    /** Cancels the job and waits until it is cancelled. */
    public void cancel(String jobId) {
        rest.patch("/jobs/" + jobId + "?mode=cancel");
        await(() -> jobState(jobId).equals("CANCELED"), "job " + jobId + " cancelled");
    }

    /** Stops the job with a savepoint (the sources stop first, the sinks commit), waits until it has finished, and returns the savepoint's path. */
    public String stopWithSavepoint(String jobId) {
        String trigger = rest.post("/jobs/" + jobId + "/stop",
                Map.of("targetDirectory", directory.resolve("savepoints").toUri().toString(), "drain", false))
                .path("request-id").asText();
        String[] location = new String[1];
        await(() -> {
            JsonNode result = rest.get("/jobs/" + jobId + "/savepoints/" + trigger);
            if (!result.path("status").path("id").asText().equals("COMPLETED")) return false;
            JsonNode operation = result.path("operation");
            if (operation.has("failure-cause")) {
                throw new IllegalStateException("stop with savepoint failed: " + operation.path("failure-cause").path("stack-trace").asText());
            }
            location[0] = operation.path("location").asText();
            return true;
        }, "the savepoint of job " + jobId);
        // The savepoint completes a moment before the job reports that it has stopped.
        await(() -> jobState(jobId).equals("FINISHED"), "job " + jobId + " finished after its savepoint");
        return location[0];
    }

    /** The last lines of a process's log, for a failure message. */
    public String logTail(String name, int lines) {
        return LocalMachine.tail(logDirectory().resolve(name + ".log"), lines);
    }

    private String taskStates(String jobId) {
        StringBuilder states = new StringBuilder("\ntasks:");
        rest.get("/jobs/" + jobId).path("vertices").forEach(v ->
                states.append("\n  ").append(v.path("name").asText()).append(": ").append(v.path("status").asText()));
        return states.toString();
    }

    private String exceptions(String jobId) {
        JsonNode root = rest.get("/jobs/" + jobId + "/exceptions").path("rootException");
        return root.isMissingNode() ? "" : "\n" + root.asText();
    }

    private void kill(String name) {
        FlinkProcess p = processes.remove(name);
        if (p == null) throw new IllegalArgumentException("no running process " + name + " (running: " + processes.keySet() + ")");
        p.kill();
    }

    private void await(BooleanSupplier condition, String what) {
        await(condition, what, () -> "");
    }

    /** @param diagnosis what to add to the message on a time-out */
    private void await(BooleanSupplier condition, String what, Supplier<String> diagnosis) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            for (FlinkProcess p : processes.values()) {
                if (!p.isAlive()) throw new IllegalStateException(p.name() + " exited while waiting for " + what
                        + "; its log ends:\n" + logTail(p.name(), 30));
            }
            try {
                if (condition.getAsBoolean()) return;
            } catch (FlinkRest.FlinkRestException | UncheckedIOException e) {
                last = e; // not up yet, or the job not known yet
            }
            try {
                TimeUnit.MILLISECONDS.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException("timed out after " + START_TIMEOUT.toSeconds() + " s waiting for " + what
                + (last == null ? "" : " (last answer: " + last.getMessage() + ")") + diagnosis.get());
    }

    /** Stops the TaskManagers, then the JobManager (SIGTERM, then SIGKILL after a grace period), and deletes the directory. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        stopProcesses();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting and the hook stops the processes itself.
        }
        if (!LocalMachine.deleteRecursively(directory)) System.err.println("could not delete " + directory);
    }

    /** The TaskManagers first, so none of them is left looking for a JobManager that is gone. */
    private void stopProcesses() {
        List<FlinkProcess> taskManagersFirst = new ArrayList<>(processes.values());
        taskManagersFirst.sort(Comparator.comparing(p -> p.name().equals(JOB_MANAGER)));
        taskManagersFirst.forEach(p -> p.stop(STOP_TIMEOUT));
        processes.clear();
    }
}
