package org.streamrec.tools.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's configuration directory: {@code config.yaml} in Flink 2.x's nested YAML, and the
 * log4j configuration each process logs to its own file with.
 *
 * @param directory the conf directory every process is started with ({@code --configDir})
 */
record ClusterConfig(Path directory, int rpcPort, int restPort) {
    static final String PROMETHEUS_PORT_KEY = "metrics.reporter.prom.port";
    /**
     * What Flink's distribution puts in env.java.opts.all for Java 17: Flink reflects into these
     * JDK packages (the DataStream translators, Kryo, Pekko).
     */
    static final List<String> JAVA_17_OPTIONS = List.of(
            "--add-exports=java.base/sun.net.util=ALL-UNNAMED", "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED", "--add-opens=java.base/java.time=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

    static ClusterConfig write(Path clusterDirectory, String host, int rpcPort, int restPort, int slotsPerTaskManager) {
        Path conf = clusterDirectory.resolve("conf");
        try {
            Files.createDirectories(conf);
            Files.createDirectories(clusterDirectory.resolve("log"));
            Files.createDirectories(clusterDirectory.resolve("tmp"));
            Files.writeString(conf.resolve("config.yaml"),
                    yaml(settings(clusterDirectory, host, rpcPort, restPort, slotsPerTaskManager)), StandardCharsets.UTF_8);
            Files.writeString(conf.resolve("log4j.properties"), LOG4J, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cluster configuration in " + conf, e);
        }
        return new ClusterConfig(conf, rpcPort, restPort);
    }

    /** Flat Flink keys; written nested. */
    static Map<String, String> settings(Path clusterDirectory, String host, int rpcPort, int restPort, int slotsPerTaskManager) {
        Map<String, String> s = new LinkedHashMap<>();
        // Read by Flink's scripts, not by the processes; FlinkProcess passes them as its scripts would.
        s.put("env.java.opts.all", String.join(" ", JAVA_17_OPTIONS));
        s.put("jobmanager.rpc.address", host);
        s.put("jobmanager.rpc.port", Integer.toString(rpcPort));
        s.put("jobmanager.bind-host", host);
        s.put("jobmanager.memory.process.size", "1024m");
        s.put("taskmanager.host", host);
        s.put("taskmanager.bind-host", host);
        s.put("taskmanager.rpc.port", "0");
        s.put("taskmanager.numberOfTaskSlots", Integer.toString(slotsPerTaskManager));
        // RocksDB takes its memory from the managed share of this.
        s.put("taskmanager.memory.process.size", "1280m");
        s.put("rest.address", host);
        s.put("rest.bind-address", host);
        s.put("rest.port", Integer.toString(restPort));
        s.put("blob.server.port", "0");
        s.put("web.upload.dir", clusterDirectory.resolve("uploads").toString());
        s.put("io.tmp.dirs", clusterDirectory.resolve("tmp").toString());
        // A lost TaskManager is noticed within seconds, not Flink's default 50.
        s.put("heartbeat.interval", "2 s");
        s.put("heartbeat.timeout", "20 s");
        s.put("restart-strategy.type", "exponential-delay");
        s.put("restart-strategy.exponential-delay.initial-backoff", "1 s");
        s.put("restart-strategy.exponential-delay.max-backoff", "10 s");
        // Kept when a job is cancelled or its JobManager dies, so it can start again from there.
        s.put("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
        s.put("execution.checkpointing.savepoint-dir", clusterDirectory.resolve("savepoints").toUri().toString());
        s.put("metrics.reporter.prom.factory.class", "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        return s;
    }

    /** {@code a.b.c: v} becomes {@code a: {b: {c: v}}}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> nested(Map<String, String> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : flat.entrySet()) {
            String[] parts = e.getKey().split("\\.");
            Map<String, Object> at = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                if (!(next instanceof Map)) throw new IllegalArgumentException(e.getKey() + " collides with a value at " + parts[i]);
                at = (Map<String, Object>) next;
            }
            if (at.putIfAbsent(parts[parts.length - 1], e.getValue()) != null) {
                throw new IllegalArgumentException(e.getKey() + " collides with a section of the same name");
            }
        }
        return root;
    }

    private static String yaml(Map<String, String> flat) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        return "# Written by streamrec's FlinkCluster for one run.\n" + yaml.writeValueAsString(nested(flat));
    }

    private static final String LOG4J = """
            # Each process logs to the file its start sets in log.file.
            rootLogger.level = INFO
            rootLogger.appenderRef.file.ref = file
            appender.file.type = File
            appender.file.name = file
            appender.file.fileName = ${sys:log.file}
            appender.file.layout.type = PatternLayout
            appender.file.layout.pattern = %d{HH:mm:ss,SSS} %-5p %c{1} - %m%n
            logger.kafka.name = org.apache.kafka
            logger.kafka.level = WARN
            """;
}
