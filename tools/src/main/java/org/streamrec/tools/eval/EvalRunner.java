package org.streamrec.tools.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;
import java.util.Optional;
import org.streamrec.tools.config.EvalConfig;
import org.streamrec.connectors.dataset.DatasetException;
import org.streamrec.connectors.dataset.DatasetFormat;
import org.streamrec.connectors.dataset.RejectedRows;
import org.streamrec.engine.model.Event;
import org.streamrec.tools.config.LaunchConfig;

/**
 * {@code ./recs eval}: reads a dataset, replays it through the engine ({@link EngineReplay}), scores
 * the engine and the baselines in one prequential pass ({@link PrequentialEvaluator}), scores the
 * engine's reminders and the reminder baselines when the dataset has purchases
 * ({@link ReminderModelScores}) and its triggered offers ({@link TriggerEvaluation}), and writes the
 * reports ({@link EvalReports}). The command line is {@link EvalCommand}.
 */
public final class EvalRunner {
    /** Triggered offers' precision and volume ({@link TriggerEvaluation}). */
    static final String TRIGGERS_MD = "triggers.md";

    /**
     * One evaluation.
     *
     * @param rejected where {@code format} reports the rows it skips
     * @param limit replay only this many events, or null for all
     * @param timelineBucket report hit rates per this much event time from the scored window's start, or null
     * @param reminderSweep the reminders.minConfidence values to replay the engine's reminders at, for the
     *     precision-recall curves (empty: only the configured one)
     * @param configWith the configuration with some keys overridden (the sweep's reminders.minConfidence)
     */
    public record Request(DatasetFormat format, RejectedRows rejected, Path input, Path out, LaunchConfig config, Long limit,
                          Duration timelineBucket, List<Double> reminderSweep, Function<Map<String, String>, LaunchConfig> configWith) {}

    private final EngineReplay engine;
    private final PrintStream out;
    private final PrintStream err;

    public EvalRunner(EngineReplay engine, PrintStream out, PrintStream err) {
        this.engine = engine;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code: 0 done, 1 the dataset or the engine failed */
    public int run(Request request) {
        DatasetFormat format = request.format();
        RejectedRows rejected = request.rejected();
        LaunchConfig config = request.config();
        List<Event> events;
        try (var stream = format.read(request.input())) {
            events = (request.limit() != null ? stream.limit(request.limit()) : stream).toList();
        } catch (DatasetException | UncheckedIOException e) {
            err.println("eval: cannot read the dataset: " + e.getMessage());
            return 1;
        }
        Optional<TimeSpan> span = TimeSpan.of(events);
        if (span.isEmpty()) {
            err.println("eval: the dataset has no interactions to score (" + rejected.count() + " rows were unusable)");
            return 1;
        }
        long users = events.stream().map(e -> e.userId).filter(Objects::nonNull).distinct().count();
        out.printf(Locale.ROOT, "dataset: %,d events of %,d users (%,d unusable rows skipped)%n", events.size(), users, rejected.count());
        rejected.examples().forEach(example -> out.println("  skipped " + example));

        out.printf(Locale.ROOT, "engine: replaying %,d events through the job...%n", events.size());
        ReplayOutput emitted;
        try {
            emitted = engine.replay(events, config);
        } catch (Exception e) {
            err.println("eval: the engine replay failed: " + e);
            return 1;
        }
        EmittedListsRecommender engineLists = new EmittedListsRecommender(events, emitted.recommendations());
        java.util.Set<String> unanswered = new java.util.HashSet<>(emitted.unanswered());
        long late = emitted.recommendations().stream().filter(r -> unanswered.contains(r.triggerEventId)).count();
        if (late > 0) {
            out.printf(Locale.ROOT, "engine: %,d lists came after their user's next interaction was handed to the job "
                    + "(raise eval.answerTimeout): they may have seen it%n", late);
        }
        out.printf(Locale.ROOT, "engine: %,d lists and %,d reminders emitted, %,d lists could not be placed in the replay%n",
                emitted.recommendations().size(), emitted.reminders().size(), engineLists.unplacedLists());

        EvalConfig eval = config.tools().eval();
        ItemKnnModel knn = ItemKnnModel.train(events, span.get().at(eval.knnTrainFraction()), eval.knnNeighbours());
        out.printf(Locale.ROOT, "batch_item_knn: trained on interactions before %s, %,d items with neighbours%n",
                Instant.ofEpochMilli(knn.trainedBefore()), knn.itemsWithNeighbours());
        ScoreWindow window = ScoreWindow.of(eval, span.get());
        List<BaselineTuning.Choice> baselines = BaselineTuning.tune(Baselines.all(eval, knn, config.engine().profile().actionWeights()),
                events, window.from(), eval, new ProgressLine(out, "tuning the baselines before the scored window", System::nanoTime));
        baselines.forEach(c -> out.printf(Locale.ROOT, "%s: %s%s%n", c.baseline().name(), c.chosen().setting(),
                c.tried().isEmpty() ? "" : " (best of " + c.tried().size() + " on the events before the scored window)"));
        List<StreamingRecommender> models = new ArrayList<>();
        models.add(engineLists);
        baselines.forEach(c -> models.add(c.model()));
        Timeline timeline = request.timelineBucket() == null ? null
                : new Timeline(window.from() == Long.MIN_VALUE ? span.get().start() : window.from(), request.timelineBucket().toMillis());
        List<TargetScores> scores = new PrequentialEvaluator(eval).evaluate(events, models, window, timeline,
                new ProgressLine(out, "scoring", System::nanoTime));
        BootstrapIntervals.Result intervals = BootstrapIntervals.of(scores, engineLists.name(), eval.bootstrapSamples(), eval.bootstrapSeed());
        Duration lead = config.engine().reminders().leadTime();
        List<ReminderModelScores> reminderScores =
                ReminderModelScores.compare(events, emitted.reminders(), config.tools().reminderEval(), lead, window);
        List<ReminderCurves.Curve> curves = List.of();
        if (!reminderScores.isEmpty()) {
            Map<Double, List<org.streamrec.engine.model.Reminder>> byThreshold = new java.util.TreeMap<>();
            byThreshold.put(config.engine().reminders().minConfidence(), emitted.reminders());
            List<Event> inputs = ReminderInputs.of(events);
            for (double t : request.reminderSweep()) {
                if (byThreshold.containsKey(t)) continue;
                out.printf(Locale.ROOT, "reminders: replaying the %,d events they depend on at reminders.minConfidence %s%n", inputs.size(), t);
                try {
                    byThreshold.put(t, engine.replay(inputs, request.configWith().apply(Map.of("reminders.minConfidence", String.valueOf(t))))
                            .reminders());
                } catch (Exception e) {
                    err.println("eval: the engine replay at reminders.minConfidence " + t + " failed: " + e);
                    return 1;
                }
            }
            curves = ReminderCurves.of(events, byThreshold, config.tools().reminderEval(), lead, window);
        }
        String triggers = TriggerEvaluation.table(
                TriggerEvaluation.score(events, emitted.messages(), config.engine().triggers().abandonedCart().after()));

        RunSummary summary = new RunSummary(format.name(), request.input().toString(), events.size(), users, rejected.count(),
                rejected.examples(), span.get(), window, knn.trainedBefore(), engineLists.unplacedLists(), baselines, timeline, eval,
                config.tools().reminderEval(), lead, config.engine().reminders().minConfidence(), curves);
        try {
            EvalReports.write(request.out(), scores, intervals, reminderScores, summary);
            Files.writeString(request.out().resolve(TRIGGERS_MD), triggers);
        } catch (IOException e) {
            err.println("eval: cannot write the reports to " + request.out() + ": " + e);
            return 1;
        }
        out.print(MetricsMarkdown.table(scores, intervals));
        out.print(MetricsMarkdown.comparisonTable(intervals));
        if (timeline != null) out.print(MetricsMarkdown.timelineSection(timeline));
        if (!reminderScores.isEmpty()) out.print(MetricsMarkdown.reminderTable(reminderScores));
        if (!curves.isEmpty()) out.print(MetricsMarkdown.equalRecallTable(curves, config.engine().reminders().minConfidence()));
        out.print(triggers);
        out.println("reports: " + request.out().resolve(EvalReports.METRICS_JSON) + ", " + EvalReports.METRICS_MD + ", "
                + EvalReports.HITRATE_PLOT + ", " + TRIGGERS_MD);
        return 0;
    }
}
