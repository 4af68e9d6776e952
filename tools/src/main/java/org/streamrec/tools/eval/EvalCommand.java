package org.streamrec.tools.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.streamrec.config.ConfigException;
import org.streamrec.config.Durations;
import org.streamrec.connectors.dataset.DatasetFormat;
import org.streamrec.connectors.dataset.DatasetFormats;
import org.streamrec.connectors.dataset.RejectedRows;
import org.streamrec.tools.cli.EngineOptions;
import org.streamrec.tools.config.LaunchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** ./recs eval: the options; {@link EvalRunner} does the work. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the engine against the baselines on a dataset, prequentially.",
            "Replays a dataset in event time through the engine (the job graph on a local MiniCluster) and "
                + "through the baselines in the same pass, and scores each prequentially: every event against the list the "
                + "model had for that user just before it, with 95%% bootstrap intervals over users and the paired difference "
                + "engine - baseline. When the dataset has purchases, it also scores the engine's replenishment reminders and "
                + "the reminder baselines (reminderEval.* keys). Writes metrics.json, metrics.md and hitrate_at_k.html into "
                + "--out. What is scored is set by the eval.* keys (tools-defaults.yaml)."},
        footer = {"", "Exit codes: 0 done, 1 the dataset or the engine failed, 2 bad options or configuration."})
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    EngineOptions config;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "The dataset format: ${COMPLETION-CANDIDATES} (see the README).")
    String format;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "The dataset file or folder.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where the reports go; created if missing, files overwritten.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "Replay only the first N events (in event time).")
    Long limit;

    @Option(names = "--timeline", paramLabel = "BUCKET",
            description = "Also report every model's HitRate@10 on the next interaction per BUCKET of event time (e.g. 1h) from "
                    + "the start of the scored window, and when each reached 90% of its final level: how fast a model re-learns "
                    + "after a shift (see ./recs drift).")
    String timeline;

    @Option(names = "--reminder-sweep", paramLabel = "T1,T2,...", split = ",",
            description = "Also replay the engine's reminders at each of these reminders.minConfidence values (only the events "
                    + "reminders depend on, once per value) to draw its precision-recall curve beside the baselines' and compare "
                    + "precision at the recall of the configured value. Scored, like everything, within the eval's score window, "
                    + "so --set eval.scoreFrom=0 --set eval.scoreUntil=0.5 tunes on the first half.")
    List<Double> reminderSweep = new ArrayList<>();

    private final EngineReplay engine;
    private final PrintStream stdout;
    private final PrintStream stderr;

    /** The real engine, printing to the console. */
    public EvalCommand() {
        this(new FlinkEngineReplay(System.out), System.out, System.err);
    }

    /** @param engine what replays the dataset through the engine (tests use a stand-in) */
    public EvalCommand(EngineReplay engine, PrintStream stdout, PrintStream stderr) {
        this.engine = engine;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        RejectedRows rejected = new RejectedRows();
        DatasetFormats formats = new DatasetFormats(rejected);
        DatasetFormat dataset = formats.find(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown --format '" + format + "' (known: " + String.join(", ", new FormatNames()) + ")"));
        if (!Files.exists(input)) throw new ParameterException(spec.commandLine(), "--input: no such file or folder: " + input);
        if (limit != null && limit <= 0) throw new ParameterException(spec.commandLine(), "--limit must be > 0, got " + limit);
        if (reminderSweep.stream().anyMatch(t -> !(t >= 0 && t <= 1))) {
            throw new ParameterException(spec.commandLine(), "--reminder-sweep values must be between 0 and 1, got " + reminderSweep);
        }
        Duration bucket;
        try {
            bucket = timeline == null ? null : Durations.parse(timeline);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--timeline: " + e.getMessage());
        }
        if (bucket != null && bucket.isZero()) throw new ParameterException(spec.commandLine(), "--timeline must be > 0");
        LaunchConfig launch;
        try {
            launch = config.launch(Map.of());
        } catch (ConfigException e) {
            stderr.println("eval: " + e.getMessage());
            return 2;
        }
        return new EvalRunner(engine, stdout, stderr).run(new EvalRunner.Request(dataset, rejected, input, out, launch, limit, bucket,
                reminderSweep, config::launch));
    }
}
