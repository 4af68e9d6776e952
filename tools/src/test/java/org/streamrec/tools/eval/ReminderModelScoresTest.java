package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.tools.eval.ReminderEvaluationTest.purchase;
import static org.streamrec.tools.eval.ReminderEvaluationTest.reminder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.config.ReminderEvalConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

class ReminderModelScoresTest {
    private static final ReminderEvalConfig SETTINGS = LaunchConfig.load(null, Map.of(
            "reminderEval.window", "2d", "reminderEval.fixedInterval", "10d")).tools().reminderEval();
    private static final Duration LEAD = Duration.ofDays(1);

    /** u buys i every 10 days; x's purchase on day 40 only extends the data. */
    private final List<Event> events = List.of(
            purchase("u", 0, "i"), purchase("u", 10, "i"), purchase("u", 20, "i"), purchase("u", 30, "i"), purchase("x", 40, "end"));

    @Test
    void theEngineAndBothBaselinesAreScoredWithTheConfiguredWindowIntervalAndLeadTime() {
        List<ReminderModelScores> all = ReminderModelScores.compare(events, List.of(reminder("u", 25, "i")), SETTINGS, LEAD);

        assertEquals(List.of("engine", "item_median_interval", "fixed_interval"), all.stream().map(ReminderModelScores::model).toList());
        ReminderScores engine = all.get(0).scores();
        assertEquals(1, engine.reminders());
        assertEquals(0.0, engine.precision(), "day 25 + a 2-day window misses day 30");
        // fixed_interval reminds on days 9, 19, 29 and 39 (10d minus the 1d lead); item_median_interval learns its first
        // interval on day 10, so from day 19. Day 39 is sent (the data ends on day 40) but not judged (u's data ends on day 30).
        ReminderScores median = all.get(1).scores();
        assertEquals(3, median.reminders());
        assertEquals(1.0, median.precision());
        assertEquals(2.0 / 3, median.recall(), 1e-12);
        ReminderScores fixed = all.get(2).scores();
        assertEquals(4, fixed.reminders());
        assertEquals(1.0, fixed.recall());
        assertEquals(1.0, fixed.timingErrorDaysMedian(), 1e-9);
        assertEquals(0.0, ReminderModelScores.compare(events, List.of(), LaunchConfig.load(null, Map.of(
                "reminderEval.fixedInterval", "20d")).tools().reminderEval(), LEAD).get(2).scores().recall(),
                "a 20-day interval misses every repurchase");
    }

    @Test
    void noPurchasesNoReminderScores() {
        Event view = purchase("u", 0, "i");
        view.type = EventType.VIEW;
        assertTrue(ReminderModelScores.compare(List.of(view), List.of(), SETTINGS, LEAD).isEmpty());
    }
}
