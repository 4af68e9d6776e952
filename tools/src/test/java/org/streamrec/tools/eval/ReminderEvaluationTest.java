package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

class ReminderEvaluationTest {
    static final long DAY = 86_400_000L;
    private static final Duration WEEK = Duration.ofDays(7);

    static Event purchase(String user, double day, String... items) {
        Event e = new Event();
        e.type = EventType.PURCHASE;
        e.userId = user;
        e.eventTime = Math.round(day * DAY);
        e.lines = new ArrayList<>();
        for (String item : items) e.lines.add(new OrderLine(item, 1, 1.0));
        return e;
    }

    static Reminder reminder(String user, double day, String... items) {
        Reminder r = new Reminder();
        r.userId = user;
        r.dueTime = Math.round(day * DAY);
        r.items = new ArrayList<>();
        for (String id : items) {
            ReminderItem item = new ReminderItem();
            item.itemId = id;
            r.items.add(item);
        }
        return r;
    }

    private final List<Event> events = List.of(
            purchase("u", 0, "i", "j"), purchase("u", 10, "i"), purchase("u", 20, "i"), purchase("u", 30, "j"),
            purchase("u", 40, "x"), purchase("v", 0, "i"), purchase("v", 2, "other"));

    @Test
    void precisionRecallAndTimingFollowTheDocumentedWindow() {
        List<Reminder> reminders = List.of(
                reminder("u", 8, "i"),       // hit: bought on day 10, 2 days later
                reminder("u", 12, "i"),      // miss: next purchase on day 20 is 8 days later
                reminder("u", 29, "j"),      // hit: bought on day 30, 1 day later
                reminder("u", 5, "k"),       // miss: never bought
                reminder("u", 35, "i"),      // not judged: its window ends after u's last purchase (day 40)
                reminder("v", 1, "i"));      // not judged: v's data ends on day 2
        ReminderScores s = ReminderEvaluation.score(events, reminders, WEEK);
        assertEquals(6, s.reminders());
        assertEquals(4, s.judged());
        assertEquals(2, s.hits());
        assertEquals(0.5, s.precision());
        // Repurchases: i on day 10 (covered by day 8), i on day 20 (day 12 is 8 days early), j on day 30 (day 29).
        assertEquals(3, s.repurchases());
        assertEquals(2, s.covered());
        assertEquals(2.0 / 3, s.recall(), 1e-12);
        assertEquals(1.5, s.timingErrorDaysMedian(), 1e-9);
    }

    @Test
    void eachItemOfAMergedMessageCountsAndAReminderServesOnlyTheNextPurchase() {
        List<Event> history = List.of(purchase("u", 0, "i", "j"), purchase("u", 3, "i"), purchase("u", 6, "i"),
                purchase("u", 30, "j"));
        ReminderScores s = ReminderEvaluation.score(history, List.of(reminder("u", 2, "i", "j")), WEEK);
        assertEquals(2, s.reminders());
        assertEquals(1, s.hits(), "i is bought a day later, j not within the week");
        assertEquals(3, s.repurchases());
        assertEquals(1, s.covered(), "the day-2 reminder precedes day 3, not the day-6 repurchase");
    }

    @Test
    void aLongerWindowCountsLaterPurchases() {
        ReminderScores s = ReminderEvaluation.score(events, List.of(reminder("u", 12, "i")), Duration.ofDays(8));
        assertEquals(1.0, s.precision());
        assertEquals(8.0, s.timingErrorDaysMedian(), 1e-9);
    }

    @Test
    void nothingToScoreGivesNaN() {
        ReminderScores s = ReminderEvaluation.score(List.of(), List.of(), WEEK);
        assertTrue(Double.isNaN(s.precision()) && Double.isNaN(s.recall()) && Double.isNaN(s.timingErrorDaysMedian()));
    }
}
