package org.streamrec.tools.eval;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.streamrec.config.Durations;

/** metrics.md: the metrics table, then exactly what was scored and how the baselines were set up. */
final class MetricsMarkdown {
    private MetricsMarkdown() {}

    static String render(List<TargetScores> scores, BootstrapIntervals.Result intervals, List<ReminderModelScores> reminders,
                         RunSummary run) {
        StringBuilder md = new StringBuilder();
        md.append("# Prequential evaluation: ").append(run.format()).append(" (").append(run.input()).append(")\n\n");
        md.append(table(scores, intervals)).append('\n');
        md.append("## The engine against each baseline\n\n").append(comparisonTable(intervals)).append('\n');
        md.append(String.format(Locale.ROOT, "Intervals: 95%%, bootstrap over users (%,d resamples of the users with cases, with "
                + "replacement, seed %d; eval.bootstrapSamples, eval.bootstrapSeed). Differences are paired: engine minus the "
                + "baseline on the same resample. Verdict: \"engine ahead\" when the HitRate@10 and NDCG@10 differences are both "
                + "above zero with 95%% confidence, \"<baseline> ahead\" when both are below, otherwise no clear difference.%n%n",
                run.config().bootstrapSamples(), run.config().bootstrapSeed()));
        md.append("## How these numbers were made\n\n");
        md.append(String.format(Locale.ROOT, "- Replay: %,d events of %,d users, in event time; interactions from %s to %s "
                        + "(the 0.1%% most extreme timestamps at each end left out of the span).%n",
                run.events(), run.users(), time(run.span().start()), time(run.span().end())));
        md.append(String.format(Locale.ROOT, "- Rows of the dataset skipped as unusable: %,d%s.%n",
                run.rejectedRows(), run.rejectedExamples().isEmpty() ? "" : " (first: " + String.join("; ", run.rejectedExamples()) + ")"));
        md.append("- Scored: events from ").append(bound(run.window().from(), "the start")).append(" to ")
                .append(bound(run.window().until(), "the end")).append(String.format(Locale.ROOT,
                        " (eval.scoreFrom %s, eval.scoreUntil %s of the span); every event is learned.%n",
                        run.config().scoreFrom(), run.config().scoreUntil()));
        md.append("- Test, then learn: each event is scored against the list the model had for the user before it. "
                + "next_interaction scores every item of every interaction but remove_from_cart; next_purchase every item of every purchase. "
                + "One scored item is one case (events_scored); a case without a list is a miss.\n");
        md.append(String.format(Locale.ROOT, "- Not scored: an item in the user's last %d item-bearing interaction events "
                        + "(no model is credited for it; the baselines never recommend it, the engine applies the same rule), and an item "
                        + "the user already had for the same target earlier in the session (sessions end after %s without interactions).%n",
                run.config().excludeLastEvents(), Durations.format(run.config().sessionGap())));
        md.append("- coverage: distinct items in the top 10 of the lists used / distinct items in the replay's interactions. "
                + "events_with_list: share of cases that had a non-empty list.\n");
        md.append(String.format(Locale.ROOT, "- engine: the lists the engine emitted; the list for an event is the latest one triggered by an "
                + "earlier event of the same user. The replay hands the engine a user's next interaction only after it emitted the list "
                + "for the previous one (waiting at most eval.answerTimeout, %s; the run prints how often it timed out), so a list is not computed "
                + "after learning what it is scored on",
                Durations.format(run.config().answerTimeout())));
        md.append(run.unplacedEngineLists() == 0 ? ".\n" : String.format(Locale.ROOT,
                " (%,d emitted lists could not be placed in the replay and were ignored).%n", run.unplacedEngineLists()));
        md.append(baselineSection(run));
        if (run.timeline() != null) md.append('\n').append(timelineSection(run.timeline()));
        if (!reminders.isEmpty()) md.append('\n').append(reminderSection(reminders, run));
        return md.toString();
    }

    static String timelineSection(Timeline timeline) {
        String bucket = Durations.format(java.time.Duration.ofMillis(timeline.bucketMillis()));
        StringBuilder md = new StringBuilder("## HitRate@10 per " + bucket + " of event time from the start of the scored window\n\n");
        md.append("next_interaction; \"at 90%\" is the first bucket whose hit rate reached 90% of the model's level over the "
                + "last quarter of the buckets (its final level): how fast it re-learnt, for a stream that shifts where scoring starts.\n\n");
        md.append("| model | final level | at 90% (buckets of ").append(bucket).append(") |");
        for (int b = 0; b < timeline.buckets(); b++) md.append(' ').append(b).append(" |");
        md.append("\n|---|---:|---:|").append("---:|".repeat(timeline.buckets())).append('\n');
        for (String model : timeline.models()) {
            Timeline.Recovery r = timeline.recovery(model);
            md.append("| ").append(model).append(" | ").append(number(r.finalLevel())).append(" | ")
                    .append(r.firstBucketAtNinetyPercent() < 0 ? "never" : String.valueOf(r.firstBucketAtNinetyPercent())).append(" |");
            for (int b = 0; b < timeline.buckets(); b++) md.append(' ').append(number(timeline.hitRate(model, b))).append(" |");
            md.append('\n');
        }
        return md.toString();
    }

    private static String baselineSection(RunSummary run) {
        StringBuilder md = new StringBuilder();
        boolean tuned = run.baselines().stream().anyMatch(c -> !c.tried().isEmpty());
        md.append(String.format(Locale.ROOT, "- Baselines, all scored on the same cases in the same pass; items in the user's last %d "
                        + "events are never recommended by them. Each tunable one was tuned %s:%n", run.config().excludeLastEvents(),
                tuned ? "on the events before the scored window only (every setting scored the same way there; the highest "
                        + "next_interaction HitRate@10 won)" : "not at all: nothing comes before the scored window, so each has its default"));
        for (BaselineTuning.Choice c : run.baselines()) {
            md.append("  - ").append(c.baseline().name()).append(": ").append(c.baseline().description());
            if (c.baseline().tunable()) md.append(" Setting: `").append(c.chosen().setting()).append("`.");
            md.append('\n');
        }
        if (batchKnnOf(run)) {
            md.append(String.format(Locale.ROOT, "  - (batch_item_knn here: trained before %s, eval.knnTrainFraction %s, %d neighbours, "
                            + "%d seed items.)%n", time(run.knnTrainedBefore()), run.config().knnTrainFraction(),
                    run.config().knnNeighbours(), run.config().knnSeedItems()));
        }
        if (!tuned) return md.toString();
        md.append("\n### Baseline tuning (events before the scored window, next_interaction)\n\n");
        md.append("| baseline | setting | HitRate@10 | NDCG@10 | chosen |\n|---|---|---:|---:|---|\n");
        for (BaselineTuning.Choice c : run.baselines()) {
            for (BaselineTuning.Tried t : c.tried()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", c.baseline().name(), t.setting(),
                        number(t.hitRate()), number(t.ndcg()), t.setting().equals(c.chosen().setting()) ? "yes" : ""));
            }
        }
        return md.toString();
    }

    private static boolean batchKnnOf(RunSummary run) {
        return run.baselines().stream().anyMatch(c -> c.baseline().name().equals("batch_item_knn"));
    }

    private static String reminderSection(List<ReminderModelScores> reminders, RunSummary run) {
        String window = Durations.format(run.reminderEval().window());
        String lead = Durations.format(run.reminderLeadTime());
        StringBuilder md = new StringBuilder("## Replenishment reminders\n\n");
        md.append(reminderTable(reminders)).append('\n');
        md.append("- Scored against the replay's purchases, counting the reminders sent and the repurchases made within the "
                + "score window (as for recommendations), with the window W = ").append(window)
                .append(" (reminderEval.window). Each item of a merged message counts as one reminder.\n");
        md.append("- precision: share of judged reminder items followed by a purchase of the item within W after the reminder. "
                + "A reminder is judged only when its window ends by the user's last purchase in the data (after it, the data cannot "
                + "tell whether the user came back).\n");
        md.append("- recall: share of repurchases (purchases of an item the user had bought before) preceded by a reminder for the item "
                + "within W, and not before the previous purchase of the item.\n");
        md.append("- timing error: for each hit, the days from the reminder to the purchase; the median.\n");
        md.append("- engine: the reminders the job emitted (reminders.* settings: lead time ").append(lead)
                .append(", contact policy, minimum confidence).\n");
        md.append("- item_median_interval: after each purchase, the item is expected again after the median per-unit interval between "
                + "consecutive purchases of it by the same user seen so far (all users), times the quantity; reminded ")
                .append(lead).append(" ahead; a purchase of the item before the reminder cancels it.\n");
        md.append("- Thresholds: a baseline reminder's confidence is its item's repeat rate so far (share of the item's buyers "
                + "until then who bought it again); the table above has the baselines without a threshold.\n");
        if (!run.reminderCurves().isEmpty()) {
            md.append(equalRecallTable(run.reminderCurves(), run.engineMinConfidence())).append('\n');
            md.append("### Precision-recall (reminders)\n\nThe baselines' thresholds filter one run (exact: nothing else "
                    + "depends on them); each engine threshold is a replay of the events reminders depend on (purchases, consent, "
                    + "forget_user, time zones, catalogue) with that reminders.minConfidence, because the contact policy's caps "
                    + "and merging make one threshold's reminders other than a subset of a lower one's. Replaying only those "
                    + "events is exact: the replenishment graph reads nothing else, in event-time order.\n\n")
                    .append(curveTable(run.reminderCurves())).append('\n');
        }
        md.append("- fixed_interval: every purchased item is expected again ").append(Durations.format(run.reminderEval().fixedInterval()))
                .append(" after each purchase (reminderEval.fixedInterval); reminded ").append(lead).append(" ahead, cancelled the same way.\n");
        return md.toString();
    }

    /** The engine's precision at its configured threshold against each baseline's best precision at that recall or more. */
    static String equalRecallTable(List<ReminderCurves.Curve> curves, double engineMinConfidence) {
        ReminderCurves.Point engine = curves.get(0).points().stream().filter(p -> p.threshold() == engineMinConfidence).findFirst()
                .orElseThrow();
        double recall = engine.scores().recall();
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "%nAt equal recall: the engine at reminders.minConfidence %s has recall %s; each model's best precision at that "
                        + "recall or more (over its thresholds):%n%n| model | precision at recall >= %s |%n|---|---:|%n",
                engineMinConfidence, number(recall), number(recall)));
        for (ReminderCurves.Curve c : curves) {
            md.append(String.format(Locale.ROOT, "| %s | %s |%n", c.model(), number(c.precisionAtRecall(recall))));
        }
        return md.toString();
    }

    private static String curveTable(List<ReminderCurves.Curve> curves) {
        StringBuilder md = new StringBuilder("| model | min confidence | precision | recall | reminders |\n|---|---:|---:|---:|---:|\n");
        for (ReminderCurves.Curve c : curves) {
            for (ReminderCurves.Point p : c.points()) {
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s | %,d |%n", c.model(), p.threshold(),
                        number(p.scores().precision()), number(p.scores().recall()), p.scores().reminders()));
            }
        }
        return md.toString();
    }

    static String reminderTable(List<ReminderModelScores> reminders) {
        StringBuilder md = new StringBuilder();
        md.append("| model | target | precision | recall | timing error (days, median) | reminders | judged | hits | repurchases | covered |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ReminderModelScores m : reminders) {
            ReminderScores s = m.scores();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %,d | %,d | %,d | %,d | %,d |%n", m.model(),
                    ReminderMetricsRow.TARGET, number(s.precision()), number(s.recall()), days(s.timingErrorDaysMedian()),
                    s.reminders(), s.judged(), s.hits(), s.repurchases(), s.covered()));
        }
        return md.toString();
    }

    private static String days(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String table(List<TargetScores> scores, BootstrapIntervals.Result intervals) {
        StringBuilder md = new StringBuilder();
        md.append("| model | target | HitRate@10 [95% CI] | NDCG@10 [95% CI] | MRR@10 [95% CI] | coverage | events with list | events scored |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        int k = TargetScores.REPORTED_K;
        for (TargetScores s : scores) {
            var ci = intervals.of(s.model(), s.target()).intervals();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %,d |%n", s.model(), s.target().label(),
                    withInterval(s.hitRate(k), ci.get(UserTotals.Metric.HIT_RATE)), withInterval(s.ndcg(k), ci.get(UserTotals.Metric.NDCG)),
                    withInterval(s.mrr(k), ci.get(UserTotals.Metric.MRR)), number(s.coverage()),
                    number(s.eventsWithListShare()), s.eventsScored()));
        }
        return md.toString();
    }

    static String comparisonTable(BootstrapIntervals.Result intervals) {
        StringBuilder md = new StringBuilder();
        md.append("| baseline | target | engine - baseline, HitRate@10 [95% CI] | NDCG@10 [95% CI] | MRR@10 [95% CI] | verdict |\n");
        md.append("|---|---|---:|---:|---:|---|\n");
        for (BootstrapIntervals.Comparison c : intervals.comparisons()) {
            var d = c.differences();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", c.model(), c.target().label(),
                    withInterval(d.get(UserTotals.Metric.HIT_RATE)), withInterval(d.get(UserTotals.Metric.NDCG)),
                    withInterval(d.get(UserTotals.Metric.MRR)), c.verdict()));
        }
        return md.toString();
    }

    private static String withInterval(BootstrapIntervals.Difference d) {
        return Double.isNaN(d.value()) ? "n/a" : String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]", d.value(), d.interval().low(), d.interval().high());
    }

    private static String withInterval(double value, BootstrapIntervals.Interval interval) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", value, interval.low(), interval.high());
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String bound(long time, String open) {
        return time == Long.MIN_VALUE || time == Long.MAX_VALUE ? open : time(time);
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
