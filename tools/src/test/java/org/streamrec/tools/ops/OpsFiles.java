package org.streamrec.tools.ops;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the chart keeps the dashboard and the alert rules, from the tools module's directory. */
final class OpsFiles {
    static final Path CHART_FILES = Path.of("..", "helm", "streamrec", "files");
    static final Path ALERT_RULES = CHART_FILES.resolve("alert-rules.yaml");
    static final Path DASHBOARD = CHART_FILES.resolve("grafana-dashboard.json");

    private OpsFiles() {}

    static Path existing(Path file) {
        if (!Files.isRegularFile(file)) throw new AssertionError("missing " + file.toAbsolutePath().normalize());
        return file;
    }
}
