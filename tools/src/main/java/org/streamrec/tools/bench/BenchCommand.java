package org.streamrec.tools.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.streamrec.config.Durations;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.cli.EngineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** ./recs bench: throughput against a null job, latency through Kafka, and state size, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Measures, in one run on this machine: the full job's maximum throughput at",
            "parallelism 1 and 2 (RocksDB, incremental checkpoints every 10 s), counting",
            "events whose list was emitted, against a null job, in events/s per core,",
            "with records and keyed-state accesses per event; open-loop latency through",
            "an embedded Kafka broker at 2,000 events/s and at half the full job's",
            "maximum (a missing list counts as +inf), with checkpoint pauses and CPU",
            "shares; and checkpointed state bytes per user and per item. The default",
            "run is sized for about 5 minutes on a quiet 2-core machine. --compare REV and",
            "--soak DURATION are runs of their own (docs/benchmarks.md)."})
public final class BenchCommand implements Callable<Integer> {
    /** The fixed latency load: the same for every build, so their latencies compare. */
    private static final double FIXED_LATENCY_RATE = 2000;
    private static final int LATENCY_WARMUP_SECONDS = 10;
    private static final int SOAK_SAMPLES = 60;
    private static final int MIN_SOAK_INTERVAL_SECONDS = 10;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write DIR/bench.json with the headline figures.")
    Path out;

    @Option(names = "--full", description = "Also measure state at 1M users, and time 3x as many events.")
    boolean full;

    @Option(names = "--users", defaultValue = "100000",
            description = "Users in the throughput and latency workload (Zipf activity). Default: ${DEFAULT-VALUE}.")
    int users;

    @Option(names = "--items", defaultValue = "20000",
            description = "Items in the throughput and latency workload (Zipf popularity). Default: ${DEFAULT-VALUE}.")
    int items;

    @Option(names = "--skew", defaultValue = "0.9",
            description = "Zipf exponent of user activity and item popularity. Default: ${DEFAULT-VALUE}.")
    double skew;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated workload. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--warmup-events", defaultValue = "10000",
            description = "Events each throughput run processes before timing starts. Default: ${DEFAULT-VALUE}.")
    long warmupEvents;

    @Option(names = "--events", defaultValue = "60000",
            description = "Events timed in each throughput run (x3 with --full). Default: ${DEFAULT-VALUE}.")
    long events;

    @Option(names = "--null-events", defaultValue = "5000000",
            description = "Events timed in the null job, which runs far faster (x3 with --full). Default: ${DEFAULT-VALUE}.")
    long nullEvents;

    @Option(names = "--floor", paramLabel = "RECORDS", defaultValue = "0",
            description = "Also time two floor jobs: the null job's source and parsing, then RECORDS small records per event "
                    + "through one keyed shuffle, without state and with a RocksDB value read and written per record "
                    + "(the full job sends about 50 records per event), timed over --events events, and a tenth of "
                    + "--null-events without state. 0 leaves them out. Default: ${DEFAULT-VALUE}.")
    int floorRecords;

    @Option(names = "--latency-rate", paramLabel = "EVENTS_PER_SECOND",
            description = "Measure latency once, at this rate, instead of at 2,000 events/s and at half the full job's "
                    + "measured maximum.")
    Double latencyRate;

    @Option(names = "--latency-seconds", defaultValue = "30",
            description = "How long events are sent and measured in each latency run, after a 10 s warm-up. Default: ${DEFAULT-VALUE}.")
    int latencySeconds;

    @Option(names = "--drain-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "After the last event is sent, how long a latency run waits for the lists still missing; "
                    + "an event without a list by then is a miss. Default: ${DEFAULT-VALUE}.")
    int drainTimeoutSeconds;

    @Option(names = "--parallelisms", split = ",", defaultValue = "1,2",
            description = "Parallelisms at which the full job's throughput is measured (the configured one, "
                    + "runtime.parallelism, is always among them and gives the headline figures). Default: ${DEFAULT-VALUE}.")
    List<Integer> parallelisms;

    @Option(names = "--state-events-per-user", defaultValue = "1",
            description = "Events fed per user in the state runs. Default: ${DEFAULT-VALUE}.")
    int stateEventsPerUser;

    @Option(names = "--compare", paramLabel = "REV",
            description = "Instead of one run: build commit REV in a temporary git worktree and time its full job and "
                    + "this build's in alternating pairs (--pairs), each through its own ./recs; prints each pair's ratio "
                    + "of events/s per core, their median and spread (--events, --warmup-events, --null-events, the "
                    + "workload and --config/--set apply to both; --out DIR keeps the logs and compare.json).")
    String compare;

    @Option(names = "--soak", paramLabel = "DURATION",
            description = "Instead of one run: the full job through Kafka at half its maximum (or --latency-rate) for "
                    + "DURATION (e.g. 30m), sampling heap after a full GC, checkpointed state and consumer lag about 60 "
                    + "times (every 10 s at least); prints a table and whether each stayed flat after warm-up, and with "
                    + "--out writes DIR/soak.json. Not for CI: 30 minutes is the documented soak.")
    String soak;

    @Option(names = "--pairs", defaultValue = "5", description = "Pairs of runs for --compare. Default: ${DEFAULT-VALUE}.")
    int pairs;

    @Option(names = "--skip-latency",
            description = "Leave out the Kafka latency run (when iterating on throughput; its figures are then absent).")
    boolean skipLatency;

    @Option(names = "--skip-state", description = "Leave out the state runs (when iterating on throughput).")
    boolean skipState;

    @Override
    public Integer call() throws Exception {
        refuseImpossibleOptions();
        PrintStream console = System.out;
        Path checkpoints = Files.createTempDirectory("streamrec-bench-checkpoints");
        Map<String, String> benchSettings = new LinkedHashMap<>();
        benchSettings.put("runtime.checkpointInterval", "10s");
        benchSettings.put("runtime.checkpointDir", checkpoints.toUri().toString());
        EngineConfig config = engine.load(benchSettings);
        if (compare != null) {
            Path logs = out != null ? out : Files.createTempDirectory("streamrec-compare-logs");
            new BuildComparison(Path.of("").toAbsolutePath(), compare, pairs, comparedOptions(),
                    config.runtime().parallelism(), logs, console).run();
            return 0;
        }
        if (soak != null) return soak(config, benchSettings, console);
        int scale = full ? 3 : 1;
        int parallelism = config.runtime().parallelism();
        console.printf("streamrec bench: %d cores, parallelism %d, %,d users, %,d items, Zipf %.2f%n",
                Runtime.getRuntime().availableProcessors(), parallelism, users, items, skew);

        BenchWorkload workload = throughputWorkload(warmupEvents + scale * Math.max(events, nullEvents));
        List<ThroughputResult> fullRuns = new ArrayList<>();
        for (int p : parallelismsToMeasure(parallelism)) {
            console.printf("throughput: full job at parallelism %d ...%n", p);
            ThroughputResult run = new ThroughputBench(config.withRuntime(config.runtime().withParallelism(p)), workload,
                    warmupEvents, scale * events, console).fullJob();
            console.printf("  %,.0f events/s taken in, %,.0f of them answered, on %.2f cores%n", run.inputEventsPerSecond(),
                    run.eventsPerSecond(), run.coresUsed());
            fullRuns.add(run);
        }
        ThroughputResult fullJob = fullRuns.stream().filter(r -> r.parallelism() == parallelism).findFirst().orElseThrow();
        console.println("throughput: null job ...");
        ThroughputResult nullJob = new ThroughputBench(config, workload, warmupEvents, scale * nullEvents, console).nullJob();
        console.printf("  %,.0f events/s on %.2f cores%n", nullJob.eventsPerSecond(), nullJob.coresUsed());

        List<FloorResult> floors = new ArrayList<>();
        for (boolean withState : floorRecords > 0 ? List.of(false, true) : List.<Boolean>of()) {
            console.printf("throughput: floor job, %d records per event%s ...%n", floorRecords, withState ? ", with state" : "");
            // Without state the floor runs some ten times faster than the full job: a longer window.
            long timed = withState ? scale * events : scale * Math.max(events, nullEvents / 10);
            floors.add(new ThroughputBench(config, workload, warmupEvents, timed, console).floorJob(floorRecords, withState));
        }

        List<LatencyResult> latency = new ArrayList<>();
        if (!skipLatency) {
            LatencyBench bench = new LatencyBench(configWith(benchSettings), shape());
            for (LatencyRun run : latencyRuns(fullJob)) {
                console.printf("latency: %,.0f events/s (%s) through Kafka for %d s, then up to %d s for the last lists ...%n",
                        run.rate(), run.label(), LATENCY_WARMUP_SECONDS + latencySeconds, drainTimeoutSeconds);
                latency.add(bench.measure(run.key(), run.label(), new EngineTarget(run.countStateAccesses()), run.rate(),
                        LATENCY_WARMUP_SECONDS, latencySeconds, Duration.ofSeconds(drainTimeoutSeconds)));
            }
        }

        List<StateResult> state = new ArrayList<>();
        StateBench stateBench = new StateBench(config, console);
        for (int[] size : skipState ? List.<int[]>of() : stateSizes()) {
            long stateEvents = (long) size[0] * stateEventsPerUser;
            console.printf("state: %,d users, %,d items, %,d events ...%n", size[0], size[1], stateEvents);
            // Two hours of shop time, ending now: a realistic per-user pace for the dedup window.
            long spanMillis = 2 * 3600_000L;
            state.add(stateBench.measure(new BenchWorkload(size[0], size[1], skew, seed,
                    System.currentTimeMillis() - spanMillis, stateEvents * 1000.0 / spanMillis), stateEvents));
        }

        BenchResults results = new BenchResults(fullRuns, parallelism, nullJob, floors, latency, state, IndexFootprint.measure());
        results.print(console);
        if (out != null) {
            results.write(out);
            console.println("wrote " + out.resolve("bench.json"));
        }
        return 0;
    }

    /** The throughput runs' workload: event time runs at 1,000 events per second of shop time and ends now. */
    private BenchWorkload throughputWorkload(long events) {
        return shape().startingAt(System.currentTimeMillis() - events, 1000);
    }

    private WorkloadShape shape() {
        return new WorkloadShape(users, items, skew, seed);
    }

    /** The configuration of a run on an embedded broker: the bench's settings, the command line's, and {@code extra}. */
    private Function<Map<String, String>, EngineConfig> configWith(Map<String, String> benchSettings) {
        return extra -> {
            Map<String, String> all = new LinkedHashMap<>(benchSettings);
            all.putAll(extra);
            return engine.load(all);
        };
    }

    /** --soak: half the full job's maximum (a short throughput run finds it) unless --latency-rate says otherwise. */
    private int soak(EngineConfig config, Map<String, String> benchSettings, PrintStream console) throws Exception {
        Duration duration = Durations.parse(soak);
        Duration interval = Duration.ofSeconds(Math.max(MIN_SOAK_INTERVAL_SECONDS, duration.toSeconds() / SOAK_SAMPLES));
        double rate;
        if (latencyRate != null) {
            rate = latencyRate;
        } else {
            console.println("soak: measuring the full job's maximum first ...");
            rate = new ThroughputBench(config, throughputWorkload(warmupEvents + events), warmupEvents, events, console)
                    .fullJob().inputEventsPerSecond() / 2;
        }
        console.printf("soak: %,.0f events/s through Kafka for %s, a sample every %s ...%n", rate, soak, Durations.format(interval));
        SoakResult result = new Soak(configWith(benchSettings), shape(), console).run(rate, duration, interval);
        result.print(console);
        if (out != null) {
            result.write(out);
            console.println("wrote " + out.resolve("soak.json"));
        }
        return 0;
    }

    /**
     * What both builds of a comparison are given: the throughput runs only, sized as asked, with
     * this command's configuration; options every build since 5497827 understands.
     */
    private List<String> comparedOptions() {
        List<String> options = new ArrayList<>(List.of("--skip-latency", "--skip-state",
                "--warmup-events", Long.toString(warmupEvents), "--events", Long.toString(events),
                "--null-events", Long.toString(nullEvents), "--users", Integer.toString(users),
                "--items", Integer.toString(items), "--skew", Double.toString(skew), "--seed", Long.toString(seed)));
        options.addAll(engine.arguments(Map.of()));
        return options;
    }

    /** One latency run: its key in bench.json, why this rate, and whether it counts keyed-state accesses. */
    private record LatencyRun(String key, String label, double rate, boolean countStateAccesses) {}

    /**
     * By default a fixed rate, comparable across builds, and half the full job's maximum input rate;
     * or the one --latency-rate. State accesses are counted in the fixed-rate run, where timing every
     * other access costs the job well under 1% of a core.
     */
    private List<LatencyRun> latencyRuns(ThroughputResult fullJob) {
        if (latencyRate != null) return List.of(new LatencyRun("rate", "set by --latency-rate", latencyRate, true));
        return List.of(new LatencyRun("fixed", "fixed rate", FIXED_LATENCY_RATE, true),
                new LatencyRun("half", "half the full job's maximum", fullJob.inputEventsPerSecond() / 2, false));
    }

    /** --parallelisms, with the configured parallelism (the headline run) added if missing, in order. */
    private List<Integer> parallelismsToMeasure(int configured) {
        Set<Integer> all = new TreeSet<>(parallelisms);
        all.add(configured);
        return List.copyOf(all);
    }

    /** Every problem at once, before anything starts. */
    private void refuseImpossibleOptions() {
        List<String> problems = new ArrayList<>();
        if (users < 1) problems.add("--users must be at least 1, got " + users);
        if (items < 1) problems.add("--items must be at least 1, got " + items);
        if (skew <= 0) problems.add("--skew must be above 0, got " + skew);
        if (warmupEvents < 0) problems.add("--warmup-events must be 0 or more, got " + warmupEvents);
        if (events < 1) problems.add("--events must be at least 1, got " + events);
        if (nullEvents < 1) problems.add("--null-events must be at least 1, got " + nullEvents);
        if (floorRecords < 0) problems.add("--floor must be 0 or more, got " + floorRecords);
        if (latencySeconds < 1) problems.add("--latency-seconds must be at least 1, got " + latencySeconds);
        if (pairs < 1) problems.add("--pairs must be at least 1, got " + pairs);
        if (compare != null && soak != null) problems.add("--compare and --soak are two different runs: give one");
        if (soak != null) {
            try {
                if (Durations.parse(soak).toSeconds() < MIN_SOAK_INTERVAL_SECONDS) {
                    problems.add("--soak must last at least " + MIN_SOAK_INTERVAL_SECONDS + "s, got " + soak);
                }
            } catch (IllegalArgumentException e) {
                problems.add("--soak: " + e.getMessage());
            }
        }
        if (drainTimeoutSeconds < 0) problems.add("--drain-timeout must be 0 or more, got " + drainTimeoutSeconds);
        if (parallelisms.stream().anyMatch(p -> p < 1)) problems.add("--parallelisms must all be at least 1, got " + parallelisms);
        if (latencyRate != null && latencyRate <= 0) problems.add("--latency-rate must be above 0, got " + latencyRate);
        if (stateEventsPerUser < 1) problems.add("--state-events-per-user must be at least 1, got " + stateEventsPerUser);
        if (!problems.isEmpty()) throw new ParameterException(spec.commandLine(), String.join("; ", problems));
    }

    private List<int[]> stateSizes() {
        List<int[]> sizes = new ArrayList<>(List.of(new int[] {10_000, 10_000}, new int[] {100_000, 100_000}));
        if (full) sizes.add(new int[] {1_000_000, 100_000});
        return sizes;
    }
}
