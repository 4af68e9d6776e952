package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.streamrec.engine.replenish.Fixtures.DAY;
import static org.streamrec.engine.replenish.Fixtures.HOUR;
import static org.streamrec.engine.replenish.Fixtures.T0;
import static org.streamrec.engine.replenish.Fixtures.observation;
import static org.streamrec.engine.replenish.Fixtures.stats;
import static org.streamrec.engine.replenish.ReminderTransition.CANCELLED;
import static org.streamrec.engine.replenish.ReminderTransition.CONVERTED;
import static org.streamrec.engine.replenish.ReminderTransition.DROPPED;
import static org.streamrec.engine.replenish.ReminderTransition.EXPIRED;
import static org.streamrec.engine.replenish.ReminderTransition.SCHEDULED;
import static org.streamrec.engine.replenish.ReminderTransition.SENT;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.contact.ContactBook;
import org.streamrec.engine.contact.ContactDesk;
import org.streamrec.engine.contact.ContactLog;
import org.streamrec.engine.contact.SuppressReason;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Reminder;

/** The reminders' lifecycle as the contact step runs it, under the shared contact policy. */
class ReminderLifecycleTest {
    private final List<ReminderTransition> log = new ArrayList<>();
    private final ContactBook book = new ContactBook();
    private final ContactLog contactLog = new ContactLog() {
        @Override
        public void sent(MessageKind kind) {
            assertEquals(MessageKind.REMINDER, kind);
        }

        @Override
        public void suppressed(MessageKind kind, SuppressReason reason) {
            assertEquals(MessageKind.REMINDER, kind);
        }

        @Override
        public void reminder(ReminderTransition transition) {
            log.add(transition);
        }
    };

    private static ContactDesk lifecycle(String... overrides) {
        EngineConfig config = Fixtures.lifecycle(overrides);
        return new ContactDesk(config.contact(), config.reminders());
    }

    /** What goes out at {@code now}. */
    private Optional<Reminder> onTime(ContactDesk lc, long now) {
        List<Reminder> sent = new ArrayList<>();
        lc.onTime(book, "mum", now, sent::add, m -> fail("no triggered offers here: " + m), contactLog);
        assertTrue(sent.size() <= 1);
        return sent.stream().findFirst();
    }

    /** A purchase of {@code quantity} units of an item whose buyers mostly come back and use one unit in {@code unitDays}. */
    private static PurchaseObservation purchase(String item, long time, int quantity, double unitDays) {
        return observation("mum", item, time, quantity, 1, 0, stats(10, 8, 20, unitDays));
    }

    /** Runs the lifecycle from {@code from} to {@code until}, waking up whenever it asks to, and returns what was sent. */
    private List<Reminder> runUntil(ContactDesk lc, long from, long until) {
        List<Reminder> sent = new ArrayList<>();
        long now = from;
        while (true) {
            onTime(lc, now).ifPresent(sent::add);
            OptionalLong next = lc.nextWakeUp(book, now);
            if (next.isEmpty() || next.getAsLong() > until) return sent;
            now = next.getAsLong();
        }
    }

    @Test
    void formulaReminderFiresAtRunOutMinusLeadTime() {
        ContactDesk lc = lifecycle();
        lc.onPurchase(book, purchase("formula", T0, 3, 7), contactLog);
        assertEquals(OptionalLong.of(T0 + 19 * DAY), lc.nextWakeUp(book, T0));

        assertTrue(onTime(lc, T0 + 19 * DAY - 1).isEmpty());
        Reminder r = onTime(lc, T0 + 19 * DAY).orElseThrow();
        assertEquals("mum", r.userId);
        assertEquals(T0 + 19 * DAY, r.dueTime);
        assertEquals(1, r.items.size());
        assertEquals("formula", r.items.get(0).itemId);
        assertEquals(T0 + 21 * DAY, r.items.get(0).predictedRunOut);
        assertEquals(3, r.items.get(0).lastQuantity);
        assertEquals(T0, r.items.get(0).lastPurchaseTime);
        assertEquals(ReminderIds.of("mum", List.of("formula"), T0 + 19 * DAY), r.reminderId);
        assertEquals(List.of(SCHEDULED, SENT), log);
    }

    @Test
    void reBuyingBeforeTheDueTimeCancelsAndReschedules() {
        ContactDesk lc = lifecycle();
        lc.onPurchase(book, purchase("formula", T0, 3, 7), contactLog);
        lc.onPurchase(book, purchase("formula", T0 + 10 * DAY, 1, 7), contactLog);
        assertEquals(List.of(SCHEDULED, CANCELLED, SCHEDULED), log);
        assertTrue(runUntil(lc, T0 + 10 * DAY, T0 + 15 * DAY - 1).isEmpty(), "nothing at or after the old due time");
        List<Reminder> sent = runUntil(lc, T0 + 15 * DAY - 1, T0 + 60 * DAY);
        assertEquals(1, sent.size());
        assertEquals(T0 + 15 * DAY, sent.get(0).dueTime);
    }

    @Test
    void aPurchaseAfterTheReminderConvertsItAndNothingIsSentTwice() {
        ContactDesk lc = lifecycle();
        lc.onPurchase(book, purchase("formula", T0, 3, 7), contactLog);
        assertEquals(1, runUntil(lc, T0, T0 + 20 * DAY).size());
        lc.onPurchase(book, purchase("formula", T0 + 20 * DAY, 3, 7), contactLog);
        assertEquals(List.of(SCHEDULED, SENT, CONVERTED, SCHEDULED), log);
        List<Reminder> next = runUntil(lc, T0 + 20 * DAY, T0 + 100 * DAY);
        assertEquals(1, next.size());
        assertEquals(T0 + 39 * DAY, next.get(0).dueTime);
    }

    @Test
    void remindersDueWithinTheMergeWindowGoOutAsOneMessage() {
        ContactDesk lc = lifecycle();
        lc.onPurchase(book, purchase("wipes", T0, 1, 10), contactLog);
        lc.onPurchase(book, purchase("formula", T0 + 6 * HOUR, 1, 10), contactLog);
        lc.onPurchase(book, purchase("nappies", T0, 1, 12), contactLog);
        List<Reminder> sent = runUntil(lc, T0, T0 + 30 * DAY);
        assertEquals(2, sent.size());
        Reminder merged = sent.get(0);
        assertEquals(T0 + 8 * DAY, merged.dueTime);
        assertEquals(List.of("formula", "wipes"), merged.items.stream().map(i -> i.itemId).toList());
        assertEquals(ReminderIds.of("mum", List.of("formula", "wipes"), T0 + 8 * DAY), merged.reminderId);
        assertEquals(List.of("nappies"), sent.get(1).items.stream().map(i -> i.itemId).toList());
        assertEquals(T0 + 10 * DAY, sent.get(1).dueTime);
    }

    @Test
    void capsHoldMessagesBackUntilAllowed() {
        ContactDesk lc = lifecycle("mergeWindow", "0ms", "maxPerDay", "1", "maxPerWeek", "2", "expireAfter", "10d");
        lc.onPurchase(book, purchase("a", T0, 1, 10), contactLog);
        lc.onPurchase(book, purchase("b", T0 + 2 * HOUR, 1, 10), contactLog);
        lc.onPurchase(book, purchase("c", T0 + 4 * DAY, 1, 10), contactLog);
        List<Reminder> sent = runUntil(lc, T0, T0 + 30 * DAY);
        List<Long> times = sent.stream().map(r -> r.dueTime).toList();
        assertEquals(List.of(T0 + 8 * DAY, T0 + 9 * DAY, T0 + 15 * DAY), times,
                "b waits a day after a; c, due on day 12, waits until a's week has passed");
        for (int i = 0; i < times.size(); i++) {
            long now = times.get(i);
            assertTrue(times.stream().filter(t -> t > now - DAY && t <= now).count() <= 1);
            assertTrue(times.stream().filter(t -> t > now - 7 * DAY && t <= now).count() <= 2);
        }
    }

    @Test
    void aReminderDueInQuietHoursWaitsForMorningInTheUsersZone() {
        ContactDesk lc = lifecycle();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        lc.onTimeZone(book, "Not/AZone");
        lc.onTimeZone(book, "Asia/Tokyo");
        lc.onTimeZone(book, "Bad/Zone");
        long purchase = ZonedDateTime.of(2024, 3, 4, 23, 0, 0, 0, tokyo).toInstant().toEpochMilli();
        lc.onPurchase(book, purchase("formula", purchase, 1, 9), contactLog);
        List<Reminder> sent = runUntil(lc, purchase, purchase + 30 * DAY);
        assertEquals(1, sent.size());
        assertEquals(ZonedDateTime.of(2024, 3, 12, 8, 0, 0, 0, tokyo).toInstant().toEpochMilli(), sent.get(0).dueTime);
    }

    @Test
    void withdrawnConsentCancelsEverythingPendingAndBlocksNewReminders() {
        ContactDesk lc = lifecycle();
        lc.onPurchase(book, purchase("formula", T0, 3, 7), contactLog);
        lc.onPurchase(book, purchase("wipes", T0, 1, 7), contactLog);
        lc.onConsent(book, false, contactLog);
        assertEquals(List.of(SCHEDULED, SCHEDULED, CANCELLED, CANCELLED), log);
        lc.onPurchase(book, purchase("nappies", T0 + DAY, 1, 7), contactLog);
        assertTrue(runUntil(lc, T0 + DAY, T0 + 60 * DAY).isEmpty());

        lc.onConsent(book, true, contactLog);
        lc.onPurchase(book, purchase("nappies", T0 + 2 * DAY, 1, 7), contactLog);
        assertEquals(1, runUntil(lc, T0 + 2 * DAY, T0 + 60 * DAY).size());
    }

    @Test
    void explicitConsentModeWaitsForAYes() {
        ContactDesk lc = lifecycle("requireExplicitConsent", "true");
        lc.onPurchase(book, purchase("formula", T0, 3, 7), contactLog);
        assertTrue(book.reminders.items.isEmpty());
        lc.onConsent(book, true, contactLog);
        lc.onPurchase(book, purchase("formula", T0 + DAY, 3, 7), contactLog);
        assertEquals(1, runUntil(lc, T0 + DAY, T0 + 60 * DAY).size());
    }

    @Test
    void anIgnoredReminderExpiresAndOneHeldBackTooLongIsDropped() {
        ContactDesk lc = lifecycle("expireAfter", "3d", "mergeWindow", "0ms", "maxPerDay", "1", "maxPerWeek", "1");
        lc.onPurchase(book, purchase("a", T0, 1, 10), contactLog);
        lc.onPurchase(book, purchase("b", T0 + HOUR, 1, 10), contactLog);
        List<Reminder> sent = runUntil(lc, T0, T0 + 60 * DAY);
        assertEquals(1, sent.size(), "b cannot go out within 3 days of its due time: the weekly cap");
        assertEquals(List.of(SCHEDULED, SCHEDULED, SENT, EXPIRED, DROPPED), log);
        assertTrue(book.reminders.items.isEmpty());
        assertEquals(OptionalLong.empty(), lc.nextWakeUp(book, T0 + 60 * DAY));
    }

    @Test
    void unconfidentOrTooShortPredictionsAreNotScheduled() {
        ContactDesk lc = lifecycle("minConfidence", "0.9");
        lc.onPurchase(book, purchase("formula", T0, 3, 7), contactLog);
        assertTrue(book.reminders.items.isEmpty(), "confidence 0.8 < 0.9");
        ContactDesk shortLead = lifecycle("leadTime", "8d");
        shortLead.onPurchase(book, purchase("milk", T0, 1, 7), contactLog);
        assertTrue(book.reminders.items.isEmpty(), "run-out minus lead time is before the purchase");
    }

    @Test
    void theNumberOfTrackedItemsIsBounded() {
        ContactDesk lc = lifecycle("maxItemsPerUser", "2");
        lc.onPurchase(book, purchase("a", T0, 1, 7), contactLog);
        lc.onPurchase(book, purchase("b", T0 + HOUR, 1, 7), contactLog);
        lc.onPurchase(book, purchase("c", T0 + 2 * HOUR, 1, 7), contactLog);
        assertEquals(Set.of("b", "c"), book.reminders.items.keySet());
    }

    @Test
    void everyItemPurchaseIsRemindedAtMostOnceAndIdsAreUnique() {
        ContactDesk lc = lifecycle("maxPerDay", "3", "maxPerWeek", "10");
        long now = T0;
        List<Reminder> sent = new ArrayList<>();
        int purchases = 0;
        for (int week = 0; week < 20; week++) {
            for (String item : List.of("a", "b", "c")) {
                if ((week + item.charAt(0)) % 3 == 0) {
                    lc.onPurchase(book, purchase(item, now, 1 + week % 2, 5), contactLog);
                    purchases++;
                }
            }
            sent.addAll(runUntil(lc, now, now + 7 * DAY - 1));
            now += 7 * DAY;
        }
        Set<String> ids = new HashSet<>();
        Set<String> itemPurchases = new HashSet<>();
        for (Reminder r : sent) {
            assertTrue(ids.add(r.reminderId), "duplicate id " + r.reminderId);
            r.items.forEach(i -> assertTrue(itemPurchases.add(i.itemId + "@" + i.lastPurchaseTime), "reminded twice: " + i.itemId));
        }
        assertTrue(itemPurchases.size() > 0 && itemPurchases.size() <= purchases);
        assertEquals(log.stream().filter(t -> t == SENT).count(), itemPurchases.size());
    }
}
