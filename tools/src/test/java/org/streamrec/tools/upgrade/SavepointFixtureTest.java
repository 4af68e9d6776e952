package org.streamrec.tools.upgrade;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;

/**
 * This build must restore the savepoint a previous release wrote (allowNonRestoredState false) and
 * go on with its shop's past: a renamed uid, a state whose type or serializer changed, or a state
 * dropped fails here. The savepoints are kept in {@code src/test/resources/savepoints/<release>/},
 * one per release, each written by that release from the first part of the {@link UpgradeScenario}:
 * <pre>
 * mvn -B -o -pl tools -am test -Dtest=SavepointFixtureTest -Dsurefire.failIfNoSpecifiedTests=false -Dstreamrec.writeSavepointFixture=true
 * </pre>
 * (re)writes the one of this build's version (without -SNAPSHOT), then restores every one. Rewrite it
 * only when the state layout changes on purpose (docs/reliability.md, "Upgrades and savepoints").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavepointFixtureTest {
    private static final Path FIXTURES = Path.of(System.getProperty("streamrec.savepointFixtures", "src/test/resources/savepoints"));

    @TempDir Path directory;

    private EngineConfig config() {
        return ConfigLoader.load("test", UpgradeScenario.settings(directory.resolve("checkpoints").toUri().toString()));
    }

    @Test
    @Order(1)
    @EnabledIfSystemProperty(named = "streamrec.writeSavepointFixture", matches = "true")
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void writeThisReleasesSavepoint() throws Exception {
        Path release = FIXTURES.resolve(System.getProperty("streamrec.version").replace("-SNAPSHOT", ""));
        String savepoint;
        try (UpgradeRun run = UpgradeRun.first(config())) {
            UpgradeScenario.awaitBeforeStop(run);
            savepoint = run.stopWithSavepoint(directory.resolve("savepoints").toUri().toString());
        }
        deleteRecursively(release);
        Files.createDirectories(release);
        Path written = Path.of(URI.create(savepoint));
        long bytes = 0;
        try (Stream<Path> files = Files.list(written)) {
            for (Path file : files.toList()) {
                Files.copy(file, release.resolve(file.getFileName()));
                bytes += Files.size(file);
            }
        }
        System.out.printf("savepoint fixture: %s, %,d bytes%n", release, bytes);
    }

    @Test
    @Order(2)
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyReleasesSavepointRestoresIntoThisBuildWithItsShopsPast() throws Exception {
        List<Path> releases;
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            releases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(releases.isEmpty(), "no savepoint in " + FIXTURES + ": write one as SavepointFixtureTest's comment says");
        for (Path release : releases) {
            System.out.println("restoring the savepoint of release " + release.getFileName());
            try (UpgradeRun run = UpgradeRun.restored(config(), release.toUri().toString(), false)) {
                UpgradeScenario.assertRestored(run);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) return;
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
