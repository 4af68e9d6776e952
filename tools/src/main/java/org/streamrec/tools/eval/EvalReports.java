package org.streamrec.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the reports of one run into a folder: metrics.json, metrics.md and hitrate_at_k.html. */
public final class EvalReports {
    public static final String METRICS_JSON = "metrics.json";
    public static final String METRICS_MD = "metrics.md";
    public static final String HITRATE_PLOT = "hitrate_at_k.html";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvalReports() {}

    /**
     * Creates the folder if needed and overwrites the three files. metrics.json holds the
     * recommendation rows ({@link MetricsRow}, with their intervals), then the reminder rows ({@link ReminderMetricsRow}).
     *
     * @param reminders empty when the dataset has no purchases: then there are no reminder rows
     */
    public static void write(Path folder, List<TargetScores> scores, BootstrapIntervals.Result intervals,
                             List<ReminderModelScores> reminders, RunSummary run) throws IOException {
        Files.createDirectories(folder);
        List<Object> rows = new ArrayList<>();
        scores.forEach(s -> rows.add(MetricsRow.of(s, intervals)));
        reminders.forEach(r -> rows.add(ReminderMetricsRow.of(r)));
        run.reminderCurves().forEach(c -> rows.add(ReminderCurveRow.of(c, run.engineMinConfidence(), run.reminderCurves())));
        JSON.writeValue(folder.resolve(METRICS_JSON).toFile(), rows);
        Files.writeString(folder.resolve(METRICS_MD), MetricsMarkdown.render(scores, intervals, reminders, run));
        Files.writeString(folder.resolve(HITRATE_PLOT), HitRatePlot.render(scores, intervals, run.format() + " (" + run.input() + ")"));
    }
}
