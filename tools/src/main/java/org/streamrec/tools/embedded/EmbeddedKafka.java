package org.streamrec.tools.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, one process acting as broker and controller) inside this JVM,
 * listening on 127.0.0.1 at a free port, with its data in a temporary directory that
 * {@link #close()} deletes. Set up for one node: internal topics have replication factor 1, so
 * consumer groups and transactions work. For the demo and integration tests, not for production.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String LOOPBACK = LocalMachine.LOOPBACK;
    private static final int START_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final Path directory;
    private final String bootstrapServers;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, Path directory, String bootstrapServers) {
        this.server = server;
        this.directory = directory;
        this.bootstrapServers = bootstrapServers;
        // An interrupted demo (Ctrl-C) should not leave a broker's data behind in the temp folder.
        this.shutdownHook = new Thread(this::stop, "embedded-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Formats fresh storage and starts the broker; returns once it accepts clients. */
    public static EmbeddedKafka start() {
        RuntimeException last = null;
        // The free ports are found before Kafka binds them; another process may take one in between.
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce();
            } catch (RuntimeException e) {
                last = e;
                LOG.warn("Embedded Kafka start attempt {} of {} failed: {}", attempt, START_ATTEMPTS, e.toString());
            }
        }
        throw new IllegalStateException("embedded Kafka did not start after " + START_ATTEMPTS + " attempts", last);
    }

    private static EmbeddedKafka startOnce() {
        long started = System.nanoTime();
        Path directory = LocalMachine.createTempDirectory("streamrec-kafka-");
        try {
            int brokerPort = LocalMachine.freePort();
            int controllerPort = LocalMachine.freePort();
            Path configFile = writeConfig(directory, brokerPort, controllerPort);
            format(configFile);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(load(configFile)), Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                server.shutdown();
                server.awaitShutdown();
                throw e;
            }
            EmbeddedKafka kafka = new EmbeddedKafka(server, directory, LOOPBACK + ":" + brokerPort);
            LOG.info("Embedded Kafka up at {} in {} ms (data in {})", kafka.bootstrapServers,
                    (System.nanoTime() - started) / 1_000_000, directory);
            return kafka;
        } catch (RuntimeException e) {
            delete(directory);
            throw e;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    Path directory() {
        return directory;
    }

    /** Stops the broker and deletes its data. Safe to call more than once. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting and the hook runs stop() itself.
        }
    }

    private synchronized void stop() {
        if (closed) return;
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        delete(directory);
        LOG.info("Embedded Kafka at {} stopped", bootstrapServers);
    }

    static Properties serverProperties(Path dataDirectory, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + LOOPBACK + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort + ",CONTROLLER://" + LOOPBACK + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDirectory.toString());
        // One node: every internal topic must live with a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        // Fewer internal partitions than the default 50 make the first group and transaction fast.
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private static Path writeConfig(Path directory, int brokerPort, int controllerPort) {
        Path file = directory.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            serverProperties(directory.resolve("data"), brokerPort, controllerPort).store(out, "embedded Kafka");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static Properties load(Path configFile) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + configFile, e);
        }
        return p;
    }

    /** What {@code kafka-storage.sh format} does: write the cluster id and bootstrap metadata. */
    private static void format(Path configFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()};
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(args, out);
        }
        if (status != 0) {
            throw new IllegalStateException("formatting Kafka storage failed (" + status + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static void delete(Path directory) {
        if (!LocalMachine.deleteRecursively(directory)) LOG.warn("Could not delete {}", directory);
    }
}
