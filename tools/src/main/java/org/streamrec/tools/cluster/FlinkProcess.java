package org.streamrec.tools.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** One JobManager or TaskManager JVM, started as Flink's scripts start it. */
final class FlinkProcess {
    private static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

    private final String name;
    private final Process process;
    private final int metricsPort;

    private FlinkProcess(String name, Process process, int metricsPort) {
        this.name = name;
        this.process = process;
        this.metricsPort = metricsPort;
    }

    /** @param resources the process's memory settings from {@link #resourceParams}: JVM options, dynamic properties */
    static FlinkProcess start(String name, List<Path> classpath, Path clusterDirectory, ClusterConfig config,
            String mainClass, List<String> resources, List<String> dynamicProperties, int metricsPort) {
        String cp = joined(classpath);
        Path log = clusterDirectory.resolve("log").resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(ClusterConfig.JAVA_17_OPTIONS);
        command.addAll(split(resources.get(0)));
        command.add("-Dlog.file=" + log);
        command.add("-Dlog4j.configurationFile=" + config.directory().resolve("log4j.properties").toUri());
        command.addAll(List.of("-cp", cp, mainClass, "--configDir", config.directory().toString()));
        command.addAll(split(resources.get(1)));
        command.addAll(dynamicProperties);
        command.add("-D" + ClusterConfig.PROMETHEUS_PORT_KEY + "=" + metricsPort);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(clusterDirectory.resolve("log").resolve(name + ".out").toFile());
        try {
            return new FlinkProcess(name, builder.start(), metricsPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * Runs BashJavaUtils as Flink's scripts do, with {@code resourceCommand} GET_JM_RESOURCE_PARAMS or
     * GET_TM_RESOURCE_PARAMS; returns its two result lines (JVM options, then dynamic properties).
     */
    static List<String> resourceParams(List<Path> classpath, ClusterConfig config, String resourceCommand, Path log) {
        ProcessBuilder builder = new ProcessBuilder(java(), "-Dlog.file=" + log,
                "-Dlog4j.configurationFile=" + config.directory().resolve("log4j.properties").toUri(),
                "-cp", joined(classpath), "org.apache.flink.runtime.util.bash.BashJavaUtils", resourceCommand,
                "--configDir", config.directory().toString()).redirectErrorStream(true);
        try {
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            List<String> results = output.lines().filter(l -> l.startsWith(RESULT_PREFIX))
                    .map(l -> l.substring(RESULT_PREFIX.length())).toList();
            if (status != 0 || results.size() != 2) {
                throw new IllegalStateException("BashJavaUtils " + resourceCommand + " failed (" + status + "):\n" + output);
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run BashJavaUtils", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing " + resourceCommand, e);
        }
    }

    String name() {
        return name;
    }

    int metricsPort() {
        return metricsPort;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM (Flink shuts down cleanly on it), then SIGKILL if it is still there after {@code grace}. */
    void stop(Duration grace) {
        process.destroy();
        if (!waitFor(grace)) kill();
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String joined(List<Path> classpath) {
        return classpath.stream().map(Path::toString).collect(Collectors.joining(":"));
    }

    private static List<String> split(String line) {
        return Arrays.stream(line.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
