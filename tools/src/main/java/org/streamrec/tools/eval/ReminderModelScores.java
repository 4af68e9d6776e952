package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.List;
import org.streamrec.tools.config.ReminderEvalConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Reminder;

/** The reminder scores of one model ({@code engine}, {@code item_median_interval} or {@code fixed_interval}). */
public record ReminderModelScores(String model, ReminderScores scores) {

    /**
     * Scores the engine's reminders and the two baselines' against the same replayed purchases,
     * within {@code settings.window()}; the baselines remind {@code leadTime} ahead, like the engine.
     *
     * @return one entry per model, engine first; empty when the replay has no purchases
     */
    public static List<ReminderModelScores> compare(List<Event> events, List<Reminder> engine, ReminderEvalConfig settings,
                                                    Duration leadTime) {
        return compare(events, engine, settings, leadTime, new ScoreWindow(Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /** The same, counting only reminders and repurchases within {@code scored}; the baselines without a threshold. */
    public static List<ReminderModelScores> compare(List<Event> events, List<Reminder> engine, ReminderEvalConfig settings,
                                                    Duration leadTime, ScoreWindow scored) {
        if (events.stream().noneMatch(e -> e.type == EventType.PURCHASE)) return List.of();
        Duration window = settings.window();
        return List.of(
                new ReminderModelScores("engine", ReminderEvaluation.score(events, engine, window, scored)),
                new ReminderModelScores("item_median_interval",
                        ReminderEvaluation.score(events, ReminderBaselines.itemMedianInterval(events, leadTime), window, scored)),
                new ReminderModelScores("fixed_interval",
                        ReminderEvaluation.score(events, ReminderBaselines.fixedInterval(events, settings.fixedInterval(), leadTime),
                                window, scored)));
    }
}
