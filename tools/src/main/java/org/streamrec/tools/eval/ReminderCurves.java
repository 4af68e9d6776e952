package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Reminder;
import org.streamrec.tools.config.ReminderEvalConfig;

/**
 * Precision-recall curves of the reminders: each model's precision and recall as its minimum
 * confidence varies. The baselines' confidence is the item's repeat rate so far, swept from 0 to
 * 0.95 by filtering one run (exact: {@link ReminderBaselines#atLeast}). The engine's points come from
 * one replay per threshold ({@code reminders.minConfidence}), because its contact policy (caps,
 * merging) makes the reminders sent at one threshold other than a subset of those at a lower one.
 */
public final class ReminderCurves {
    /** One threshold's scores. */
    public record Point(double threshold, ReminderScores scores) {}

    /** A model's points, by rising threshold. */
    public record Curve(String model, List<Point> points) {
        /**
         * The best precision among the points whose recall is at least {@code recall} (interpolated
         * precision); NaN when no point reaches that recall.
         */
        public double precisionAtRecall(double recall) {
            double best = Double.NaN;
            for (Point p : points) {
                if (p.scores().recall() >= recall && !(p.scores().precision() <= best)) best = p.scores().precision();
            }
            return best;
        }
    }

    static final double STEP = 0.05;

    private ReminderCurves() {}

    /**
     * @param engineByThreshold the engine's reminders per reminders.minConfidence it ran with
     * @param scored the part of the replay whose reminders and repurchases count
     */
    public static List<Curve> of(List<Event> events, Map<Double, List<Reminder>> engineByThreshold, ReminderEvalConfig settings,
                                 Duration leadTime, ScoreWindow scored) {
        List<Curve> curves = new ArrayList<>();
        List<Point> engine = new ArrayList<>();
        new TreeMap<>(engineByThreshold).forEach((t, reminders) ->
                engine.add(new Point(t, ReminderEvaluation.score(events, reminders, settings.window(), scored))));
        curves.add(new Curve("engine", engine));
        curves.add(baseline("item_median_interval", events, ReminderBaselines.itemMedianInterval(events, leadTime), settings, scored));
        curves.add(baseline("fixed_interval", events, ReminderBaselines.fixedInterval(events, settings.fixedInterval(), leadTime),
                settings, scored));
        return curves;
    }

    private static Curve baseline(String model, List<Event> events, List<Reminder> all, ReminderEvalConfig settings, ScoreWindow scored) {
        List<Point> points = new ArrayList<>();
        for (int k = 0; k * STEP < 1 - 1e-9; k++) {
            double t = Math.round(k * STEP * 100) / 100.0;
            points.add(new Point(t, ReminderEvaluation.score(events, ReminderBaselines.atLeast(all, t), settings.window(), scored)));
        }
        return new Curve(model, points);
    }
}
