package org.streamrec.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the reports of one run into a folder: metrics.json, metrics.md and hitrate_at_k.html. */
public final class EvalReports {
    public static final String METRICS_JSON = "metrics.json";
    public static final String METRICS_MD = "metrics.md";
    public static final String HITRATE_PLOT = "hitrate_at_k.html";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvalReports() {}

    /** Creates the folder if needed and overwrites the three files. */
    public static void write(Path folder, List<TargetScores> scores, RunSummary run) throws IOException {
        Files.createDirectories(folder);
        JSON.writeValue(folder.resolve(METRICS_JSON).toFile(), scores.stream().map(MetricsRow::of).toList());
        Files.writeString(folder.resolve(METRICS_MD), MetricsMarkdown.render(scores, run));
        Files.writeString(folder.resolve(HITRATE_PLOT), HitRatePlot.render(scores, run.format() + " (" + run.input() + ")"));
    }
}
