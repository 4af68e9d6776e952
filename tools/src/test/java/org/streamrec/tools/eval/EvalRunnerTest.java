package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.connectors.dataset.DatasetFormats;
import org.streamrec.connectors.dataset.RejectedRows;
import org.streamrec.engine.model.Event;
import org.streamrec.tools.config.LaunchConfig;
import picocli.CommandLine;

/** ./recs eval end to end, with a popularity stand-in for the Flink job. */
class EvalRunnerTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path csv;

    @BeforeEach
    void writeDataset() throws IOException {
        StringBuilder rows = new StringBuilder("user_id,item_id,event_type,timestamp,category\n");
        String[] items = {"a", "b", "c", "d", "e", "f"};
        long t = 1_511_658_000L;
        for (int i = 0; i < 240; i++) {
            String user = "u" + (i % 7);
            String item = items[(i * i + i / 7) % items.length];
            String type = i % 11 == 0 ? "purchase" : i % 5 == 0 ? "cart" : "view";
            rows.append(user).append(',').append(item).append(',').append(type).append(',').append(t + 600L * i).append(",cat-").append(item).append('\n');
        }
        rows.append("u1,a,teleport,1511658000,\n");
        csv = Files.writeString(dir.resolve("events.csv"), rows);
    }

    private int run(EngineReplay engine, String... args) {
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new EvalCommand(engine, new PrintStream(out, true, StandardCharsets.UTF_8), stderr));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(stderr, true));
        return cli.execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoresTheEngineAndEveryBaselineAndWritesTheReports() throws IOException {
        Path reports = dir.resolve("reports");
        int code = run(new PopularityEngineReplay(), "--format", "csv", "--input", csv.toString(), "--out", reports.toString(),
                "--set", "eval.trendingWindow=3h", "--set", "reminders.leadTime=1h", "--config", "test");

        assertEquals(0, code, stderr());
        JsonNode json = new ObjectMapper().readTree(reports.resolve("metrics.json").toFile());
        List<String> rows = new ArrayList<>();
        json.forEach(row -> rows.add(row.get("model").asText() + "/" + row.get("target").asText()));
        assertEquals(List.of("engine/next_interaction", "engine/next_purchase", "popularity/next_interaction", "popularity/next_purchase",
                "trending/next_interaction", "trending/next_purchase", "batch_item_knn/next_interaction", "batch_item_knn/next_purchase",
                "repeat/next_interaction", "repeat/next_purchase", "sknn/next_interaction", "sknn/next_purchase",
                "item_knn_daily/next_interaction", "item_knn_daily/next_purchase", "sar/next_interaction", "sar/next_purchase",
                "session_cf/next_interaction", "session_cf/next_purchase", "engine/reminder", "item_median_interval/reminder", "fixed_interval/reminder",
                "engine/reminder_curve", "item_median_interval/reminder_curve", "fixed_interval/reminder_curve"), rows);
        for (int i = 0; i < 18; i++) assertTrue(json.get(i).get("events_scored").asLong() > 0, json.get(i).toString());
        // The stand-in engine reminds like fixed_interval, but every 3h; reminders.leadTime reached both.
        List<Event> events;
        try (var read = new DatasetFormats(new RejectedRows()).find("csv").orElseThrow().read(csv)) {
            events = read.toList();
        }
        ReminderScores standIn = ReminderEvaluation.score(events,
                ReminderBaselines.fixedInterval(events, PopularityEngineReplay.REMINDER_INTERVAL, Duration.ofHours(1)), Duration.ofDays(7),
                ScoreWindow.of(LaunchConfig.defaults().tools().eval(), TimeSpan.of(events).orElseThrow()));
        assertTrue(standIn.reminders() > 0, standIn.toString());
        assertEquals(standIn.reminders(), json.get(18).get("reminders").asLong());
        assertEquals(standIn.recall(), json.get(18).get("recall").asDouble(), 1e-12);
        assertTrue(Files.readString(reports.resolve("metrics.md")).contains("| item_median_interval | reminder |"));
        assertTrue(stdout().contains("| fixed_interval | reminder |"), stdout());
        assertTrue(Files.readString(reports.resolve("metrics.md")).contains("| batch_item_knn | next_purchase |"));
        String md = Files.readString(reports.resolve("metrics.md"));
        assertTrue(md.contains("| trending | window=3h |"), "--set reached the baselines: the default is tuned with the others\n" + md);
        assertTrue(md.contains("| session_cf | next_interaction |"), md);
        assertTrue(Files.readString(reports.resolve("hitrate_at_k.html")).contains("<svg "));

        assertTrue(stdout().contains("dataset: 246 events of 7 users (1 unusable rows skipped)"), stdout());
        assertTrue(stdout().contains("skipped events.csv:242: unknown event_type 'teleport'"), stdout());
        int emitted = ReminderBaselines.fixedInterval(events, PopularityEngineReplay.REMINDER_INTERVAL, Duration.ofHours(1)).size();
        assertTrue(stdout().contains("engine: 240 lists and " + emitted + " reminders emitted, 0 lists could not be placed"), stdout());
        assertTrue(stdout().contains("batch_item_knn: trained on interactions before " + Instant.ofEpochSecond(1_511_658_000L + 600 * 239 / 2)),
                "the middle of the time span: " + stdout());
        assertTrue(stdout().contains("scoring: 246 / 246 events (100%)"), stdout());
        assertTrue(stdout().contains("| engine | next_interaction |"), stdout());
    }

    @Test
    void timelineReportsHitRatesPerBucketFromTheScoredWindow() throws IOException {
        assertEquals(0, run(new PopularityEngineReplay(), "--format=csv", "--input=" + csv, "--out=" + dir.resolve("t"), "--timeline=6h"), stderr());
        String md = Files.readString(dir.resolve("t/metrics.md"));
        assertTrue(md.contains("## HitRate@10 per 6h of event time from the start of the scored window"), md);
        assertTrue(md.contains("| session_cf | "), md);
        assertEquals(2, run(new PopularityEngineReplay(), "--format=csv", "--input=" + csv, "--out=" + dir.resolve("t"), "--timeline=hourly"));
        assertTrue(stderr().contains("--timeline: 'hourly' is not a duration"), stderr());
    }

    @Test
    void theReminderSweepReplaysOnlyWhatRemindersDependOnOncePerThreshold() throws IOException {
        List<String> replays = new ArrayList<>();
        EngineReplay recording = (events, config) -> {
            replays.add(events.size() + "@" + config.engine().reminders().minConfidence());
            return new PopularityEngineReplay().replay(events, config);
        };
        assertEquals(0, run(recording, "--format=csv", "--input=" + csv, "--out=" + dir.resolve("s"), "--reminder-sweep=0.2,0.6,0.9"), stderr());
        // 240 rows (22 purchases) and 6 catalogue announcements; the configured 0.6 is the main replay's.
        assertEquals(List.of("246@0.6", "28@0.2", "28@0.9"), replays);
        String md = Files.readString(dir.resolve("s/metrics.md"));
        assertTrue(md.contains("At equal recall: the engine at reminders.minConfidence 0.6 has recall"), md);
        assertTrue(md.contains("| item_median_interval | 0.95 |"), md);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("s/metrics.json").toFile());
        List<String> curves = new ArrayList<>();
        json.forEach(row -> {
            if (row.get("target").asText().equals("reminder_curve")) curves.add(row.get("model").asText() + ":" + row.get("points").size());
        });
        assertEquals(List.of("engine:3", "item_median_interval:20", "fixed_interval:20"), curves);
        assertEquals(2, run(recording, "--format=csv", "--input=" + csv, "--out=" + dir.resolve("s"), "--reminder-sweep=1.5"));
    }

    @Test
    void limitReplaysOnlyTheFirstEvents() {
        assertEquals(0, run(new PopularityEngineReplay(), "--format=csv", "--input=" + csv, "--out=" + dir.resolve("r"), "--limit=50"), stderr());
        assertTrue(stdout().contains("dataset: 50 events"), stdout());
    }

    @Test
    void helpDocumentsEveryOptionAndEveryRegisteredFormat() {
        assertEquals(0, run(new PopularityEngineReplay(), "--help"));
        String help = stdout();
        assertTrue(help.startsWith("Usage: eval"), help);
        for (String option : new String[] {"--format", "--input", "--out", "--config", "--set", "--limit", "--help"}) {
            assertTrue(help.contains(option), "documents " + option + ":\n" + help);
        }
        new FormatNames().forEach(name -> assertTrue(help.contains(name), name + " in:\n" + help));
    }

    @Test
    void badOptionsOrConfigurationExitWithTwoAndWriteNothing() {
        assertEquals(2, run(new PopularityEngineReplay(), "--format", "taobao2", "--input", csv.toString(), "--out", "x"));
        assertTrue(stderr().contains("unknown --format 'taobao2' (known: taobao, instacart, csv)"), stderr());

        assertEquals(2, run(new PopularityEngineReplay(), "--format", "csv", "--input", dir.resolve("none.csv").toString(), "--out", "x"));
        assertTrue(stderr().contains("--input: no such file or folder"), stderr());

        assertEquals(2, run(new PopularityEngineReplay(), "--format", "csv", "--input", csv.toString(), "--out", "x", "--limit", "0"));
        assertTrue(stderr().contains("--limit must be > 0, got 0"), stderr());

        assertEquals(2, run(new PopularityEngineReplay(), "--format", "csv", "--input", csv.toString()));
        assertTrue(stderr().contains("Missing required option: '--out=DIR'"), stderr());

        assertEquals(2, run(new PopularityEngineReplay(), "--format", "csv", "--input", csv.toString(), "--out", "x", "--fromat", "csv"));
        assertTrue(stderr().contains("Unknown options: '--fromat', 'csv'"), stderr());

        assertEquals(2, run(new PopularityEngineReplay(), "--format", "csv", "--input", csv.toString(), "--out", "x", "--set", "eval.knnTrainFraction=2"));
        assertTrue(stderr().contains("eval.knnTrainFraction: must be strictly between 0 and 1, got 2.0"), stderr());
        assertFalse(Files.exists(Path.of("x")), "nothing written on a usage error");
    }

    @Test
    void anUnusableDatasetOrAFailingEngineExitsWithOne() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "user,item\n");
        assertEquals(1, run(new PopularityEngineReplay(), "--format", "csv", "--input", bad.toString(), "--out", dir.resolve("r").toString()));
        assertTrue(stderr().contains("eval: cannot read the dataset: " + bad + ": unknown column 'user'"), stderr());

        EngineReplay failing = (events, config) -> {
            throw new IllegalStateException("job failed");
        };
        assertEquals(1, run(failing, "--format", "csv", "--input", csv.toString(), "--out", dir.resolve("r").toString()));
        assertTrue(stderr().contains("eval: the engine replay failed: java.lang.IllegalStateException: job failed"), stderr());
    }
}
