package org.streamrec.tools.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the services started on this machine (the embedded broker, the Flink cluster) share: loopback ports and scratch directories. */
public final class LocalMachine {
    public static final String LOOPBACK = "127.0.0.1";

    private LocalMachine() {}

    /** A port free on loopback now; another process may take it before the caller binds it. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + LOOPBACK, e);
        }
    }

    public static Path createTempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory " + prefix + "*", e);
        }
    }

    /** Deletes {@code root} and everything in it; returns false if something could not be read. */
    public static boolean deleteRecursively(Path root) {
        if (!Files.exists(root)) return true;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The last {@code lines} lines of a log file, for a failure message. */
    public static String tail(Path file, int lines) {
        if (!Files.exists(file)) return "(no " + file + ")";
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
