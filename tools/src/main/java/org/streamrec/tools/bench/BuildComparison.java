package org.streamrec.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./recs bench --compare REV}: builds commit REV in a temporary git worktree, then runs its
 * throughput bench and this build's in alternating pairs (this build first in odd pairs, REV first
 * in even ones, so a machine getting busier or quieter favours neither), each through its own
 * {@code ./recs} with options both understand, and reads each run's bench.json. A pair's ratio is
 * this build's {@value #FIGURE} over REV's, taken minutes apart on the same machine.
 */
final class BuildComparison {
    /** The bench.json key compared; every build since issue 5 writes it (events per CPU-second). */
    static final String FIGURE = "full_events_per_sec_per_core";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One build: where its ./recs is, and the options it gets beyond the common ones. */
    record Build(String name, Path dir, List<String> ownOptions) {}

    /** One pair's figures, in the order they ran. */
    record Pair(int number, boolean thisBuildFirst, double thisBuild, double other) {
        double ratio() {
            return thisBuild / other;
        }
    }

    private final Path here;
    private final String revision;
    private final int pairs;
    private final List<String> commonOptions;
    private final int parallelism;
    private final Path out;
    private final PrintStream console;

    /**
     * @param commonOptions bench options every build understands (what to time, configuration)
     * @param parallelism the full job's parallelism, for a build that can be told to time only it
     * @param out where the runs' logs and bench.json files go
     */
    BuildComparison(Path here, String revision, int pairs, List<String> commonOptions, int parallelism, Path out,
                    PrintStream console) {
        this.here = here;
        this.revision = revision;
        this.pairs = pairs;
        this.commonOptions = commonOptions;
        this.parallelism = parallelism;
        this.out = out;
        this.console = console;
    }

    ComparisonSummary run() throws Exception {
        String commit = git("rev-parse", "--verify", revision + "^{commit}").strip();
        String head = git("rev-parse", "--short", "HEAD").strip() + (git("status", "--porcelain").isBlank() ? "" : " + uncommitted changes");
        Path worktree = Files.createTempDirectory("streamrec-compare-").resolve(commit.substring(0, 7));
        git("worktree", "add", "--detach", worktree.toString(), commit);
        try {
            Files.createDirectories(out);
            Build other = prepare(revision + " (" + commit.substring(0, 7) + ")", worktree);
            Build current = prepare("this build (" + head + ")", here);
            List<Pair> results = new ArrayList<>();
            for (int n = 1; n <= pairs; n++) {
                boolean thisFirst = n % 2 == 1;
                double first = runBench(thisFirst ? current : other, n);
                double second = runBench(thisFirst ? other : current, n);
                Pair pair = new Pair(n, thisFirst, thisFirst ? first : second, thisFirst ? second : first);
                console.printf("pair %d: this build %,.0f, %s %,.0f events/s per core: ratio %.3f%n", n, pair.thisBuild(),
                        revision, pair.other(), pair.ratio());
                results.add(pair);
            }
            ComparisonSummary summary = ComparisonSummary.of(current.name(), other.name(), results);
            summary.print(console);
            JSON.writeValue(out.resolve("compare.json").toFile(), summary.json());
            console.println("wrote " + out.resolve("compare.json") + " (logs and each run's bench.json beside it)");
            return summary;
        } finally {
            git("worktree", "remove", "--force", worktree.toString());
        }
    }

    /** Builds (through its ./recs, which builds on first use) and asks its bench which options it has. */
    private Build prepare(String name, Path dir) throws Exception {
        console.printf("building %s in %s ...%n", name, dir);
        Path log = out.resolve("build-" + dir.getFileName() + ".log");
        run(dir, List.of("./recs", "bench", "--help"), log);
        String help = Files.readString(log, StandardCharsets.UTF_8);
        // A build that measures several parallelisms is told to time only the one compared.
        List<String> own = help.contains("--parallelisms") ? List.of("--parallelisms", Integer.toString(parallelism)) : List.of();
        return new Build(name, dir, own);
    }

    private double runBench(Build build, int pair) throws Exception {
        Path runOut = out.resolve("pair-" + pair + "-" + (build.dir().equals(here) ? "this" : "other"));
        List<String> command = new ArrayList<>(List.of("./recs", "bench"));
        command.addAll(commonOptions);
        command.addAll(build.ownOptions());
        command.addAll(List.of("--out", runOut.toAbsolutePath().toString()));
        console.printf("  pair %d: %s ...%n", pair, build.name());
        run(build.dir(), command, runOut.resolveSibling(runOut.getFileName() + ".log"));
        return figure(runOut.resolve("bench.json"));
    }

    /** The compared figure of one run's bench.json. */
    static double figure(Path benchJson) throws IOException {
        JsonNode value = JSON.readTree(benchJson.toFile()).get(FIGURE);
        if (value == null || !value.isNumber()) throw new IllegalStateException(benchJson + " has no number " + FIGURE);
        return value.asDouble();
    }

    private static void run(Path dir, List<String> command, Path log) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            throw new IllegalStateException(String.join(" ", command) + " in " + dir + " failed (" + exit + "), see " + log
                    + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        }
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(here.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        return output;
    }

    /** The pairs' ratios: each, their median and spread. */
    record ComparisonSummary(String thisBuild, String other, List<Pair> pairs) {
        static ComparisonSummary of(String thisBuild, String other, List<Pair> pairs) {
            return new ComparisonSummary(thisBuild, other, List.copyOf(pairs));
        }

        double[] sortedRatios() {
            return pairs.stream().mapToDouble(Pair::ratio).sorted().toArray();
        }

        /** The middle ratio, or the mean of the two middle ones. */
        double median() {
            double[] r = sortedRatios();
            return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
        }

        double min() {
            return sortedRatios()[0];
        }

        double max() {
            double[] r = sortedRatios();
            return r[r.length - 1];
        }

        void print(PrintStream out) {
            out.printf("%n%s against %s, %s (events per CPU-second, full job), %d pairs:%n", thisBuild, other, FIGURE, pairs.size());
            for (Pair p : pairs) {
                out.printf("  pair %d (%s first): %,9.0f / %,9.0f = %.3f%n", p.number(), p.thisBuildFirst() ? "this build" : "other",
                        p.thisBuild(), p.other(), p.ratio());
            }
            out.printf("  median ratio %.3f, spread %.3f to %.3f%n", median(), min(), max());
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("this_build", thisBuild);
            json.put("other", other);
            json.put("figure", FIGURE);
            json.put("pairs", pairs.stream().map(p -> Map.of("this_build", p.thisBuild(), "other", p.other(), "ratio", p.ratio(),
                    "this_build_first", p.thisBuildFirst())).toList());
            json.put("median_ratio", median());
            json.put("min_ratio", min());
            json.put("max_ratio", max());
            return json;
        }
    }
}
