package org.streamrec.tools.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.streamrec.connectors.dataset.DatasetFormat;
import org.streamrec.connectors.dataset.DatasetFormats;
import org.streamrec.connectors.dataset.RejectedRows;
import org.streamrec.engine.model.Event;
import org.streamrec.tools.cli.EngineOptions;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.config.EvalConfig;
import org.streamrec.tools.eval.UserTotals.Metric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * ./recs tune: the engine's tuning-half evaluation of several datasets over a grid of settings, in
 * one table, so defaults can be chosen that hold across shops. Each dataset is read once; each
 * grid point replays it (only up to the end of the scored part) through the engine.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"The engine's first-half evaluation of several datasets over a grid of settings, in one table.",
            "Runs the engine's prequential evaluation on the first half of each --dataset (eval.scoreFrom 0, "
                + "eval.scoreUntil 0.5 unless --set says otherwise) for every combination of the --grid values, and prints "
                + "one table: engine HitRate@10 and NDCG@10 with 95%% bootstrap intervals, per dataset and setting. "
                + "Baselines are not scored. Each dataset is read once and replayed only up to the end of the scored part."})
public final class TuneCommand implements Callable<Integer> {
    @Mixin
    EngineOptions config;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "FORMAT:PATH",
            description = "A dataset to evaluate, e.g. taobao:../shared/datasets/taobao_userbehavior_prefix/events.csv (repeatable).")
    List<String> datasets = new ArrayList<>();

    @Option(names = "--grid", paramLabel = "KEY=V1,V2,...",
            description = "Values to try for one key, e.g. --grid ranking.maxPerCategory=3,10 (repeatable; every combination is run).")
    List<String> grid = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table (Markdown) to FILE.")
    Path out;

    private final EngineReplay engine;
    private final PrintStream stdout;

    public TuneCommand() {
        this(new FlinkEngineReplay(System.out), System.out);
    }

    public TuneCommand(EngineReplay engine, PrintStream stdout) {
        this.engine = engine;
        this.stdout = stdout;
    }

    private record Dataset(String name, List<Event> events, TimeSpan span) {}

    @Override
    public Integer call() throws Exception {
        List<Map<String, String>> points;
        try {
            points = SettingsGrid.of(grid);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--grid: " + e.getMessage());
        }
        Map<String, String> firstHalf = new LinkedHashMap<>(Map.of("eval.scoreFrom", "0", "eval.scoreUntil", "0.5"));
        for (Map<String, String> point : points) {
            Map<String, String> all = new LinkedHashMap<>(firstHalf);
            all.putAll(point);
            config.launch(all); // every point's configuration problems before any replay
        }
        List<Dataset> loaded = new ArrayList<>();
        for (String d : datasets) loaded.add(read(d));

        StringBuilder table = new StringBuilder("| setting | dataset | engine HitRate@10 [95% CI] | engine NDCG@10 [95% CI] | cases |\n"
                + "|---|---|---:|---:|---:|\n");
        for (Map<String, String> point : points) {
            Map<String, String> all = new LinkedHashMap<>(firstHalf);
            all.putAll(point);
            LaunchConfig launch = config.launch(all);
            for (Dataset d : loaded) {
                stdout.printf(Locale.ROOT, "tune: %s on %s%n", SettingsGrid.label(point), d.name());
                String row = row(SettingsGrid.label(point), d, launch);
                stdout.print(row);
                table.append(row);
            }
        }
        stdout.print(table);
        if (out != null) Files.writeString(out, table.toString());
        return 0;
    }

    private String row(String label, Dataset d, LaunchConfig launch) throws Exception {
        EvalConfig eval = launch.tools().eval();
        ScoreWindow window = ScoreWindow.of(eval, d.span());
        List<Event> replay = d.events().stream().filter(e -> e.eventTime < window.until()).toList();
        ReplayOutput emitted = engine.replay(replay, launch);
        EmittedListsRecommender lists = new EmittedListsRecommender(replay, emitted.recommendations());
        List<TargetScores> scores = new PrequentialEvaluator(eval).evaluate(replay, List.of(lists), window,
                new ProgressLine(stdout, "scoring " + d.name(), System::nanoTime));
        BootstrapIntervals.Result ci = BootstrapIntervals.of(scores, lists.name(), eval.bootstrapSamples(), eval.bootstrapSeed());
        TargetScores s = scores.get(0);
        var intervals = ci.of(s.model(), s.target()).intervals();
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %,d |%n", label, d.name(),
                cell(s.hitRate(TargetScores.REPORTED_K), intervals.get(Metric.HIT_RATE)),
                cell(s.ndcg(TargetScores.REPORTED_K), intervals.get(Metric.NDCG)), s.eventsScored());
    }

    private static String cell(double value, BootstrapIntervals.Interval interval) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", value, interval.low(), interval.high());
    }

    private Dataset read(String spec) throws IOException {
        int colon = spec.indexOf(':');
        if (colon <= 0) throw new ParameterException(this.spec.commandLine(), "--dataset needs FORMAT:PATH, got '" + spec + "'");
        RejectedRows rejected = new RejectedRows();
        DatasetFormat format = new DatasetFormats(rejected).find(spec.substring(0, colon)).orElseThrow(() ->
                new ParameterException(this.spec.commandLine(), "--dataset: unknown format in '" + spec + "'"));
        Path path = Path.of(spec.substring(colon + 1));
        if (!Files.exists(path)) throw new ParameterException(this.spec.commandLine(), "--dataset: no such file or folder: " + path);
        List<Event> events;
        try (var rows = format.read(path)) {
            events = rows.toList();
        }
        String name = path.getFileName().toString().equals("events.csv") ? path.getParent().getFileName().toString()
                : path.getFileName().toString();
        stdout.printf(Locale.ROOT, "tune: read %s: %,d events (%,d rows skipped)%n", name, events.size(), rejected.count());
        return new Dataset(name, events, TimeSpan.of(events).orElseThrow(() ->
                new ParameterException(this.spec.commandLine(), "--dataset: no interactions in " + path)));
    }
}
