package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.tools.config.LaunchConfig;

class EvalReportsTest {
    @TempDir Path dir;

    private static TargetScores scores(String model, Target target, long scored, long... hitsAtRank1to3) {
        long[] hits = new long[TargetScores.MAX_K + 1];
        System.arraycopy(hitsAtRank1to3, 0, hits, 1, hitsAtRank1to3.length);
        UserTotals perUser = new UserTotals();
        int user = 0;
        for (int rank = 1; rank <= hitsAtRank1to3.length; rank++) {
            for (long k = 0; k < hitsAtRank1to3[rank - 1]; k++) perUser.add(user++ % 3, rank);
        }
        while (user < scored) perUser.add(user++ % 3, 0);
        return new TargetScores(model, target, scored, scored, hits, 5, 50, perUser);
    }

    private List<TargetScores> write() throws IOException {
        List<TargetScores> scores = List.of(
                scores("engine", Target.NEXT_INTERACTION, 10, 2, 1, 1),
                scores("engine", Target.NEXT_PURCHASE, 0),
                scores("popularity", Target.NEXT_INTERACTION, 10, 1),
                scores("popularity", Target.NEXT_PURCHASE, 0));
        List<ReminderModelScores> reminders = List.of(
                new ReminderModelScores("engine", new ReminderScores(12, 10, 4, 0.4, 20, 5, 0.25, 1.5)),
                new ReminderModelScores("fixed_interval", new ReminderScores(3, 0, 0, Double.NaN, 20, 0, 0, Double.NaN)));
        EvalReports.write(dir.resolve("out"), scores, BootstrapIntervals.of(scores, "engine", 200, 1), reminders, summary());
        return scores;
    }

    private static RunSummary summary() {
        TimeSpan span = new TimeSpan(0, 86_400_000);
        LaunchConfig defaults = LaunchConfig.defaults();
        return new RunSummary("csv", "events.csv", 100, 7, 2, List.of("events.csv:3: bad"), span,
                ScoreWindow.of(defaults.tools().eval(), span), 43_200_000, 0, List.of(), null, defaults.tools().eval(),
                defaults.tools().reminderEval(), Duration.ofDays(2), 0.6, List.of());
    }

    @Test
    void metricsJsonIsAnArrayOfObjectsWithExactlyTheAgreedKeys() throws IOException {
        write();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/metrics.json").toFile());
        assertTrue(json.isArray());
        assertEquals(6, json.size());
        for (JsonNode row : List.of(json.get(0), json.get(1), json.get(2), json.get(3))) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            List<String> expected = new ArrayList<>(List.of("model", "target", "hit_rate_at_10", "ndcg_at_10", "mrr_at_10", "coverage",
                    "events_with_list", "events_scored", "ci95"));
            if (!row.get("model").asText().equals("engine")) expected.addAll(List.of("engine_minus_model", "verdict"));
            assertEquals(expected, keys);
        }
        JsonNode engine = json.get(0);
        assertEquals("engine", engine.get("model").asText());
        assertEquals("next_interaction", engine.get("target").asText());
        assertEquals(0.4, engine.get("hit_rate_at_10").asDouble(), 1e-12);
        assertEquals((2 + 0.5 + 1.0 / 3) / 10, engine.get("mrr_at_10").asDouble(), 1e-12);
        assertEquals(0.1, engine.get("coverage").asDouble(), 1e-12);
        assertEquals(1.0, engine.get("events_with_list").asDouble(), 1e-12);
        assertEquals(10, engine.get("events_scored").asLong());
        assertTrue(engine.get("events_scored").isIntegralNumber());
        JsonNode nothingScored = json.get(1);
        assertEquals("next_purchase", nothingScored.get("target").asText());
        assertTrue(nothingScored.get("hit_rate_at_10").isNull(), "nothing scored: null, not 0 or NaN");
        assertEquals(0, nothingScored.get("events_scored").asLong());
    }

    @Test
    void reminderRowsFollowWithExactlyTheirKeys() throws IOException {
        write();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/metrics.json").toFile());
        for (JsonNode row : List.of(json.get(4), json.get(5))) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("model", "target", "precision", "recall", "timing_error_days_median", "reminders"), keys);
            assertEquals("reminder", row.get("target").asText());
        }
        JsonNode engine = json.get(4);
        assertEquals("engine", engine.get("model").asText());
        assertEquals(0.4, engine.get("precision").asDouble(), 1e-12);
        assertEquals(0.25, engine.get("recall").asDouble(), 1e-12);
        assertEquals(1.5, engine.get("timing_error_days_median").asDouble(), 1e-12);
        assertEquals(12, engine.get("reminders").asLong());
        assertTrue(engine.get("reminders").isIntegralNumber());
        JsonNode nothingJudged = json.get(5);
        assertEquals("fixed_interval", nothingJudged.get("model").asText());
        assertTrue(nothingJudged.get("precision").isNull() && nothingJudged.get("timing_error_days_median").isNull(), nothingJudged.toString());
        assertEquals(0.0, nothingJudged.get("recall").asDouble());
    }

    @Test
    void markdownDocumentsTheReminderWindowAndBaselines() throws IOException {
        write();
        String md = Files.readString(dir.resolve("out/metrics.md"));
        assertTrue(md.contains("## Replenishment reminders"), md);
        assertTrue(md.contains("| engine | reminder | 0.4000 | 0.2500 | 1.50 | 12 | 10 | 4 | 20 | 5 |"), md);
        assertTrue(md.contains("| fixed_interval | reminder | n/a | 0.0000 | n/a | 3 | 0 | 0 | 20 | 0 |"), md);
        assertTrue(md.contains("the window W = 7d (reminderEval.window)"), md);
        assertTrue(md.contains("expected again 14d after each purchase (reminderEval.fixedInterval); reminded 2d ahead"), md);
    }

    @Test
    void withoutPurchasesThereAreNoReminderRows() throws IOException {
        List<TargetScores> one = List.of(scores("engine", Target.NEXT_INTERACTION, 1, 1));
        EvalReports.write(dir.resolve("views"), one, BootstrapIntervals.of(one, "engine", 200, 1), List.of(), summary());
        assertEquals(1, new ObjectMapper().readTree(dir.resolve("views/metrics.json").toFile()).size());
        assertFalse(Files.readString(dir.resolve("views/metrics.md")).contains("reminder"));
    }

    @Test
    void markdownHasTheTableAndSaysWhatWasExcluded() throws IOException {
        write();
        String md = Files.readString(dir.resolve("out/metrics.md"));
        assertTrue(md.contains("| engine | next_interaction | 0.4000 ["), md);
        assertTrue(md.contains("| popularity | next_interaction | +0.3000 ["), "the paired difference engine - popularity\n" + md);
        assertTrue(md.contains("| engine | next_purchase | n/a |"), md);
        assertTrue(md.contains("last 2 item-bearing interaction events"), md);
        assertTrue(md.contains("sessions end after 30m"), md);
        assertTrue(md.contains("skipped as unusable: 2 (first: events.csv:3: bad)"), md);
    }

    @Test
    void thePlotIsSelfContainedSvgWithALinePerModelForEachScoredTarget() throws IOException {
        write();
        String html = Files.readString(dir.resolve("out/hitrate_at_k.html"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(Pattern.compile("(src|href)=").matcher(html).find(), "nothing loaded from elsewhere");
        assertEquals(1, count(html, "<svg "), "next_purchase had nothing scored, so one chart");
        assertEquals(2, count(html, "<polyline "), "engine and popularity");
        assertEquals(2 * TargetScores.MAX_K, count(html, "<circle "));
        assertTrue(html.contains("<title>engine HitRate@3 = 0.4000</title>"), html);
    }

    @Test
    void axisTopsAreRoundNumbers() {
        assertEquals(0.5, HitRatePlot.niceCeiling(0.4), 1e-12);
        assertEquals(0.25, HitRatePlot.niceCeiling(0.21), 1e-12);
        assertEquals(0.02, HitRatePlot.niceCeiling(0.0123), 1e-12);
        assertEquals(1.0, HitRatePlot.niceCeiling(1.0), 1e-12);
        assertEquals(0.1, HitRatePlot.niceCeiling(0), 1e-12);
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
