package org.streamrec.tools.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * A single-node KRaft broker (broker and controller in one) as a JVM of its own, run by Kafka's own
 * entry point {@code kafka.Kafka}, so that fault tests can do to it what happens to a real broker:
 * {@link #kill() SIGKILL} and {@link #startAgain() start it again} on the same ports and data, or
 * {@link #pause() SIGSTOP} and {@link #resume() SIGCONT} it. Set up like {@link EmbeddedKafka} (one
 * replica for every internal topic), with its data and log in a temporary directory that
 * {@link #close()} deletes.
 */
public final class KafkaBrokerProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path directory;
    private final Path configFile;
    private final int port;
    private final Thread shutdownHook = new Thread(this::stop, "kafka-broker-process-shutdown");
    private Process process;
    private boolean closed;

    private KafkaBrokerProcess(Path directory, Path configFile, int port) {
        this.directory = directory;
        this.configFile = configFile;
        this.port = port;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Formats fresh storage, starts the broker and returns once it answers clients. */
    public static KafkaBrokerProcess start(String... extraSettings) {
        Path directory = LocalMachine.createTempDirectory("streamrec-kafka-process-");
        int port = LocalMachine.freePort();
        var properties = EmbeddedKafka.serverProperties(directory.resolve("data"), "PLAINTEXT", port, LocalMachine.freePort());
        for (String setting : extraSettings) {
            String[] kv = setting.split("=", 2);
            properties.setProperty(kv[0], kv[1]);
        }
        Path config = EmbeddedKafka.writeConfig(directory, properties);
        EmbeddedKafka.format(config, List.of());
        KafkaBrokerProcess broker = new KafkaBrokerProcess(directory, config, port);
        try {
            broker.launch();
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return LocalMachine.LOOPBACK + ":" + port;
    }

    /** Starts the broker again after {@link #kill()}, on the same ports and data, and waits until it answers. */
    public synchronized void startAgain() {
        launch();
    }

    private void launch() {
        if (process != null && process.isAlive()) throw new IllegalStateException("the broker is running");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "kafka.Kafka", configFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the broker", e);
        }
        awaitReady();
    }

    /** SIGKILL, as when the broker's machine dies; waits until the process is gone. */
    public synchronized void kill() {
        process.destroyForcibly();
        waitFor(STOP_TIMEOUT);
    }

    /** SIGSTOP: the broker stalls (a long GC pause, a frozen VM); connections stay open, nothing answers. */
    public synchronized void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public synchronized void resume() {
        signal("CONT");
    }

    public long pid() {
        return process.pid();
    }

    /** The broker's log so far, last lines, for a failure message. */
    public String logTail(int lines) {
        return LocalMachine.tail(directory.resolve("broker.log"), lines);
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal the broker", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling the broker", e);
        }
    }

    /** Ready when an admin client gets the cluster's description: the listener is up and the controller has elected itself. */
    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("the broker exited on start; its log ends:\n" + logTail(30));
            if (accepts() && describes()) return;
            sleep(200);
        }
        throw new IllegalStateException("the broker at " + bootstrapServers() + " did not answer within " + START_TIMEOUT
                + "; its log ends:\n" + logTail(30));
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LocalMachine.LOOPBACK, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean describes() {
        try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000)).nodes().get(10, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    /** Stops the broker (a stalled one is resumed first, so it can go) and deletes its data. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting and the hook stops the broker itself.
        }
    }

    private synchronized void stop() {
        if (closed) return;
        closed = true;
        if (process != null && process.isAlive()) {
            signal("CONT");
            process.destroy();
            if (!waitFor(STOP_TIMEOUT)) kill();
        }
        LocalMachine.deleteRecursively(directory);
    }
}
