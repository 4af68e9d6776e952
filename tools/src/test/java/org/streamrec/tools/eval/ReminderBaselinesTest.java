package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.streamrec.tools.eval.ReminderEvaluationTest.DAY;
import static org.streamrec.tools.eval.ReminderEvaluationTest.purchase;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.replenish.ReminderIds;

class ReminderBaselinesTest {
    private static final Duration LEAD = Duration.ofDays(1);

    private static List<String> sent(List<Reminder> reminders) {
        return reminders.stream().map(r -> r.userId + ":" + r.items.get(0).itemId + "@" + (r.dueTime / (double) DAY)).toList();
    }

    @Test
    void fixedIntervalRemindsAfterEveryPurchaseUnlessTheItemIsBoughtFirst() {
        List<Event> events = List.of(
                purchase("u", 0, "i"), purchase("u", 3, "i"), purchase("u", 20, "i"),
                purchase("v", 0, "j"), purchase("v", 30, "other"));
        List<Reminder> reminders = ReminderBaselines.fixedInterval(events, Duration.ofDays(7), LEAD);
        // u: day 0's reminder (day 6) is cancelled by the day-3 purchase; day 3's goes out on day 9;
        // day 20's on day 26. v: day 6. v's "other" would be due on day 36, after the data ends.
        assertEquals(List.of("v:j@6.0", "u:i@9.0", "u:i@26.0"), sent(reminders));
        assertEquals(List.of(), ReminderBaselines.fixedInterval(events, Duration.ofDays(1), LEAD),
                "a reminder due no later than its purchase is never planned");
        Reminder second = reminders.get(1);
        assertEquals(ReminderIds.of("u", List.of("i"), 9 * DAY), second.reminderId);
        assertEquals(3 * DAY, second.items.get(0).lastPurchaseTime);
    }

    @Test
    void itemMedianIntervalLearnsOnlyFromIntervalsAlreadySeen() {
        Event twoUnits = purchase("w", 30, "i");
        twoUnits.lines = List.of(new OrderLine("i", 2, 1.0));
        List<Event> events = List.of(
                purchase("early", 1, "i"),                     // no interval seen yet: no reminder
                purchase("u", 0, "i"), purchase("u", 10, "i"), // intervals so far: 10
                purchase("v", 12, "i"),                        // median 10: due 12 + 10 - 1
                purchase("u", 14, "i"),                        // cancels u's day-19 plan; intervals 10, 4: median 7
                twoUnits,                                      // 2 units x median 7
                purchase("x", 60, "end"));
        List<Reminder> reminders = ReminderBaselines.itemMedianInterval(events, LEAD);
        assertEquals(List.of("u:i@20.0", "v:i@21.0", "w:i@43.0"), sent(reminders));
    }

    @Test
    void aReminderCarriesItsItemsRepeatRateSoFarAndThresholdsFilterOnIt() {
        List<Event> events = List.of(
                purchase("u", 0, "i"), purchase("v", 1, "i"), // i: 2 buyers, none bought again
                purchase("u", 5, "i"),                        // u again: 1 of 2
                purchase("w", 6, "i"),                        // 1 of 3
                purchase("x", 40, "end"));
        List<Reminder> reminders = ReminderBaselines.fixedInterval(events, Duration.ofDays(7), LEAD);
        assertEquals(List.of("v:i@7.0", "u:i@11.0", "w:i@12.0"), sent(reminders));
        assertEquals(List.of(0.0, 0.5, 1 / 3.0), reminders.stream().map(r -> r.items.get(0).confidence).toList());
        assertEquals(List.of("u:i@11.0", "w:i@12.0"), sent(ReminderBaselines.atLeast(reminders, 0.3)));
        assertEquals(List.of("u:i@11.0"), sent(ReminderBaselines.atLeast(reminders, 0.5)));
    }
}
