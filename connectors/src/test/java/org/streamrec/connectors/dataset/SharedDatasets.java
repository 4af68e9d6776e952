package org.streamrec.connectors.dataset;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only real datasets next to the repository (../shared/datasets); tests using them skip when absent. */
public final class SharedDatasets {
    private SharedDatasets() {}

    public static Path path(String name) {
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        Path dataset = repoRoot.resolveSibling("shared").resolve("datasets").resolve(name);
        assumeTrue(Files.exists(dataset), "real dataset not present: " + dataset);
        return dataset;
    }
}
