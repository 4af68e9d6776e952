package org.streamrec.tools.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.streamrec.config.ConfigException;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.config.EvalConfig;
import org.streamrec.connectors.dataset.DatasetException;
import org.streamrec.connectors.dataset.DatasetFormat;
import org.streamrec.connectors.dataset.DatasetFormats;
import org.streamrec.connectors.dataset.RejectedRows;
import org.streamrec.engine.model.Event;

/**
 * {@code ./recs eval}: reads a dataset, replays it through the engine ({@link EngineReplay}), scores
 * the engine and the baselines in one prequential pass ({@link PrequentialEvaluator}), scores the
 * engine's reminders and the reminder baselines when the dataset has purchases
 * ({@link ReminderModelScores}) and its triggered offers ({@link TriggerEvaluation}), and writes the
 * reports ({@link EvalReports}). See {@link EvalOptions#help} for the command line.
 */
public final class EvalRunner {
    /** Triggered offers' precision and volume ({@link TriggerEvaluation}). */
    static final String TRIGGERS_MD = "triggers.md";

    private final EngineReplay engine;
    private final PrintStream out;
    private final PrintStream err;

    public EvalRunner(EngineReplay engine, PrintStream out, PrintStream err) {
        this.engine = engine;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code: 0 done, 1 the dataset or the engine failed, 2 bad options or configuration */
    public int run(String[] args) {
        RejectedRows rejected = new RejectedRows();
        DatasetFormats formats = new DatasetFormats(rejected);
        EvalOptions options;
        EngineConfig config;
        DatasetFormat format;
        try {
            options = EvalOptions.parse(args);
            if (options.help()) {
                out.print(EvalOptions.help(formats.all()));
                return 0;
            }
            format = formats.find(options.format()).orElseThrow(() -> new UsageException("unknown --format '" + options.format()
                    + "' (known: " + String.join(", ", formats.all().stream().map(DatasetFormat::name).toList()) + ")"));
            if (!Files.exists(options.input())) throw new UsageException("--input: no such file or folder: " + options.input());
            config = ConfigLoader.load(options.config(), options.overrides());
        } catch (UsageException e) {
            err.println("eval: " + e.getMessage());
            err.println("Run ./recs eval --help for the options.");
            return 2;
        } catch (ConfigException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }

        List<Event> events;
        try (var stream = format.read(options.input())) {
            events = (options.limit().isPresent() ? stream.limit(options.limit().getAsLong()) : stream).toList();
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
        out.printf(Locale.ROOT, "engine: %,d lists and %,d reminders emitted, %,d lists could not be placed in the replay%n",
                emitted.recommendations().size(), emitted.reminders().size(), engineLists.unplacedLists());

        EvalConfig eval = config.eval();
        ItemKnnModel knn = ItemKnnModel.train(events, span.get().at(eval.knnTrainFraction()), eval.knnNeighbours());
        out.printf(Locale.ROOT, "batch_item_knn: trained on interactions before %s, %,d items with neighbours%n",
                Instant.ofEpochMilli(knn.trainedBefore()), knn.itemsWithNeighbours());
        List<StreamingRecommender> models = List.of(
                engineLists,
                CountingRecommender.popularity(eval.excludeLastEvents()),
                CountingRecommender.trending(eval.trendingWindow(), eval.excludeLastEvents()),
                new BatchItemKnnRecommender(knn, eval.knnSeedItems(), eval.excludeLastEvents()));
        List<TargetScores> scores = new PrequentialEvaluator(eval).evaluate(events, models, new ProgressLine(out, "scoring", System::nanoTime));
        List<ReminderModelScores> reminderScores =
                ReminderModelScores.compare(events, emitted.reminders(), config.reminderEval(), config.reminders().leadTime());
        String triggers = TriggerEvaluation.table(
                TriggerEvaluation.score(events, emitted.messages(), config.triggers().abandonedCart().after()));

        RunSummary summary = new RunSummary(format.name(), options.input().toString(), events.size(), users, rejected.count(),
                rejected.examples(), span.get(), ScoreWindow.of(eval, span.get()), knn.trainedBefore(), engineLists.unplacedLists(), eval,
                config.reminderEval(), config.reminders().leadTime());
        try {
            EvalReports.write(options.out(), scores, reminderScores, summary);
            Files.writeString(options.out().resolve(TRIGGERS_MD), triggers);
        } catch (IOException e) {
            err.println("eval: cannot write the reports to " + options.out() + ": " + e);
            return 1;
        }
        out.print(MetricsMarkdown.table(scores));
        if (!reminderScores.isEmpty()) out.print(MetricsMarkdown.reminderTable(reminderScores));
        out.print(triggers);
        out.println("reports: " + options.out().resolve(EvalReports.METRICS_JSON) + ", " + EvalReports.METRICS_MD + ", "
                + EvalReports.HITRATE_PLOT + ", " + TRIGGERS_MD);
        return 0;
    }
}
