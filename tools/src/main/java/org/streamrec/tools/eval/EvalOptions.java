package org.streamrec.tools.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.streamrec.connectors.dataset.DatasetFormat;

/** The command line of {@code ./recs eval}. Options take their value as the next argument or after '='. */
public record EvalOptions(
        boolean help,
        String format,
        Path input,
        Path out,
        String config,
        Map<String, String> overrides,
        OptionalLong limit) {

    public static EvalOptions parse(String[] args) throws UsageException {
        String format = null;
        Path input = null;
        Path out = null;
        String config = null;
        Map<String, String> overrides = new LinkedHashMap<>();
        OptionalLong limit = OptionalLong.empty();
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            return new EvalOptions(true, null, null, null, null, Map.of(), OptionalLong.empty());
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!List.of("--format", "--input", "--out", "--config", "--set", "--limit").contains(name)) {
                throw new UsageException("unknown option '" + arg + "'");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException(name + " needs a value");
            }
            if (value.isBlank()) throw new UsageException(name + " needs a value");
            switch (name) {
                case "--format" -> format = value;
                case "--input" -> input = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--config" -> config = value;
                case "--set" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) throw new UsageException("--set needs key=value, got '" + value + "'");
                    overrides.put(value.substring(0, eq).trim(), value.substring(eq + 1).trim());
                }
                default -> limit = OptionalLong.of(positive(value));
            }
        }
        if (format == null) throw new UsageException("--format is required");
        if (input == null) throw new UsageException("--input is required");
        if (out == null) throw new UsageException("--out is required");
        return new EvalOptions(false, format, input, out, config, Map.copyOf(overrides), limit);
    }

    private static long positive(String value) throws UsageException {
        try {
            long n = Long.parseLong(value);
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--limit needs a whole number > 0, got '" + value + "'");
    }

    /** The {@code --help} text; lists the registered formats. */
    public static String help(List<DatasetFormat> formats) {
        StringBuilder formatLines = new StringBuilder();
        for (DatasetFormat f : formats) formatLines.append(String.format("%n      %-10s %s", f.name(), f.description()));
        return """
                Usage: ./recs eval --format FORMAT --input PATH --out DIR [options]

                Replays a dataset in event time through the engine and through three baselines
                (popularity, trending, batch_item_knn) in the same pass, and scores each
                prequentially: every event against the list the model had for that user just
                before it. When the dataset has purchases, it also scores the engine's
                replenishment reminders and two reminder baselines (item_median_interval,
                fixed_interval) against the purchases that followed (reminderEval.* keys).
                Writes metrics.json, metrics.md and hitrate_at_k.html into DIR.

                Options:
                  --format FORMAT      the dataset format (required):%s
                  --input PATH         the dataset file or folder (required)
                  --out DIR            where the reports go; created if missing, files overwritten (required)
                  --config ENV|FILE    engine configuration: a built-in environment (local, test,
                                       production.example) or a YAML file; default: the defaults only
                  --set KEY=VALUE      override one configuration key, e.g. --set eval.trendingWindow=2h
                                       or --set similarity.topK=20; repeatable, applied after --config.
                                       The eval.* keys choose what is scored (see defaults.yaml)
                  --limit N            replay only the first N events (in event time)
                  --help, -h           print this help

                Exit codes: 0 done, 1 the dataset or the engine failed, 2 bad options or configuration.
                """.formatted(formatLines);
    }
}
