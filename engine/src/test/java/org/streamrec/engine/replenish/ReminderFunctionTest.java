package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.replenish.Fixtures.DAY;
import static org.streamrec.engine.replenish.Fixtures.HOUR;
import static org.streamrec.engine.replenish.Fixtures.T0;
import static org.streamrec.engine.replenish.Fixtures.observation;
import static org.streamrec.engine.replenish.Fixtures.stats;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.operators.ContactFunction;

// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class ReminderFunctionTest {
    private static KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> harness(
            String... overrides) throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> h = onHeap(overrides);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    /** On the heap backend, which can count the keyed state entries left. */
    private static KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> onHeap(String... overrides)
            throws Exception {
        EngineConfig config = Fixtures.lifecycle(overrides);
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ContactFunction(config.contact(), config.reminders())),
                ContactInput::userId, Types.STRING);
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> openedOnHeap()
            throws Exception {
        var h = onHeap();
        h.open();
        return h;
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> opened(
            String... overrides) throws Exception {
        var h = harness(overrides);
        h.open();
        return h;
    }

    /** A purchase of an item whose buyers mostly come back and use one unit in {@code unitDays}. */
    private static ContactInput bought(String user, String item, long time, int quantity, double unitDays) {
        return ContactInput.of(observation(user, item, time, quantity, 1, 0, stats(10, 8, 20, unitDays)));
    }

    /** The same purchase, made in {@code timeZone}. */
    private static ContactInput bought(String user, String item, long time, int quantity, double unitDays, String timeZone) {
        ContactInput in = bought(user, item, time, quantity, unitDays);
        in.purchase.timeZone = timeZone;
        return in;
    }

    private static ContactInput event(String user, EventType type, long time) {
        Event e = new Event();
        e.eventId = user + "-" + type + "-" + time;
        e.userId = user;
        e.type = type;
        e.eventTime = time;
        return ContactInput.of(e);
    }

    private static ContactInput consent(String user, long time, boolean granted) {
        ContactInput e = event(user, EventType.CONSENT, time);
        e.event.granted = granted;
        return e;
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> h,
                             ContactInput in) throws Exception {
        h.processElement(in, in.event != null ? in.event.eventTime : in.purchase.purchaseTime);
    }

    private static List<Reminder> emitted(KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> h) {
        List<StreamRecord<? extends Reminder>> records = h.extractOutputStreamRecords();
        for (StreamRecord<? extends Reminder> r : records) {
            assertEquals(r.getValue().dueTime, r.getTimestamp(), "a reminder travels at the event time it was sent");
        }
        return records.stream().<Reminder>map(StreamRecord::getValue).toList();
    }

    @Test
    void formulaExampleRemindsAtRunOutMinusLeadTime() throws Exception {
        try (var h = opened()) {
            send(h, bought("mum", "formula", T0, 3, 7));
            h.processWatermark(T0 + 19 * DAY - 1);
            assertTrue(emitted(h).isEmpty());
            h.processWatermark(T0 + 19 * DAY);
            List<Reminder> out = emitted(h);
            assertEquals(1, out.size());
            assertEquals("mum", out.get(0).userId);
            assertEquals(T0 + 19 * DAY, out.get(0).dueTime);
            assertEquals("formula", out.get(0).items.get(0).itemId);
            assertEquals(T0 + 21 * DAY, out.get(0).items.get(0).predictedRunOut);
        }
    }

    @Test
    void noReminderForAUserWhoReBoughtBeforeTheDueTime() throws Exception {
        try (var h = opened()) {
            send(h, bought("mum", "formula", T0, 3, 7));
            send(h, bought("mum", "formula", T0 + 10 * DAY, 3, 7));
            for (long day = 0; day < 29; day++) h.processWatermark(T0 + day * DAY);
            h.processWatermark(T0 + 29 * DAY - 1);
            assertTrue(emitted(h).isEmpty(), "nothing at the first purchase's due time, day 19");
            h.processWatermark(T0 + 60 * DAY);
            List<Reminder> out = emitted(h);
            assertEquals(1, out.size());
            assertEquals(T0 + 29 * DAY, out.get(0).dueTime);
            assertEquals(T0 + 10 * DAY, out.get(0).items.get(0).lastPurchaseTime);
        }
    }

    @Test
    void inputIsHandledInEventTimeWhateverOrderItArrivesIn() throws Exception {
        try (var h = opened()) {
            send(h, consent("late-no", T0 + DAY, false));
            send(h, bought("late-no", "formula", T0, 3, 7));
            send(h, bought("fresh-start", "formula", T0 + DAY, 3, 7));
            send(h, event("fresh-start", EventType.FORGET_USER, T0));
            h.processWatermark(T0 + 60 * DAY);
            List<Reminder> out = emitted(h);
            assertEquals(1, out.size());
            assertEquals("fresh-start", out.get(0).userId);
            assertEquals(T0 + 20 * DAY, out.get(0).dueTime);
        }
    }

    @Test
    void withdrawnConsentAndForgetUserCancelEverythingPending() throws Exception {
        try (var h = opened()) {
            for (String user : List.of("withdraws", "forgotten", "stays")) {
                send(h, bought(user, "formula", T0, 3, 7));
                send(h, bought(user, "wipes", T0, 1, 10));
            }
            send(h, consent("withdraws", T0 + 5 * DAY, false));
            send(h, event("forgotten", EventType.FORGET_USER, T0 + 5 * DAY));
            h.processWatermark(T0 + 60 * DAY);
            List<Reminder> out = emitted(h);
            assertEquals(Set.of("stays"), Set.copyOf(out.stream().map(r -> r.userId).toList()));
        }
    }

    @Test
    void forgetUserLeavesNoStateBehind() throws Exception {
        try (var h = openedOnHeap()) {
            send(h, bought("forgotten", "formula", T0, 3, 7));
            ContactInput zone = consent("forgotten", T0 + HOUR, true);
            zone.event.timeZone = "Europe/Paris";
            send(h, zone);
            h.processWatermark(T0 + DAY);
            assertTrue(h.numKeyedStateEntries() > 0);
            send(h, event("forgotten", EventType.FORGET_USER, T0 + 2 * DAY));
            h.processWatermark(T0 + 2 * DAY);
            assertEquals(0, h.numKeyedStateEntries());
            assertEquals(0, h.numEventTimeTimers());
            h.processWatermark(T0 + 60 * DAY);
            assertTrue(emitted(h).isEmpty());
        }
    }

    @Test
    void quietHoursInTheUsersZoneAndTheDailyCapAreRespected() throws Exception {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        long evening = ZonedDateTime.of(2024, 3, 4, 23, 0, 0, 0, tokyo).toInstant().toEpochMilli();
        try (var h = opened("mergeWindow", "0ms")) {
            send(h, bought("mum", "formula", evening, 1, 9, "Asia/Tokyo"));
            send(h, bought("mum", "wipes", evening + 11 * HOUR, 1, 9));
            h.processWatermark(evening + 60 * DAY);
            List<Long> sentAt = emitted(h).stream().map(r -> r.dueTime).toList();
            long morning = ZonedDateTime.of(2024, 3, 12, 8, 0, 0, 0, tokyo).toInstant().toEpochMilli();
            assertEquals(List.of(morning, morning + DAY), sentAt,
                    "formula, due 23:00, waits for 08:00; wipes, due 10:00, waits a day after it");
        }
    }

    @Test
    void remindersDueTogetherAreMergedIntoOneMessage() throws Exception {
        try (var h = opened()) {
            send(h, bought("mum", "formula", T0, 3, 7));
            send(h, bought("mum", "wipes", T0 + 12 * HOUR, 1, 21));
            h.processWatermark(T0 + 60 * DAY);
            List<Reminder> out = emitted(h);
            assertEquals(1, out.size());
            assertEquals(List.of("formula", "wipes"), out.get(0).items.stream().map(i -> i.itemId).toList());
        }
    }

    @Test
    void aRestoredOperatorSendsEachReminderExactlyOnce() throws Exception {
        OperatorSubtaskState snapshot;
        Set<String> before = new HashSet<>();
        try (var h = opened()) {
            send(h, bought("mum", "formula", T0, 3, 7));
            send(h, bought("dad", "coffee", T0, 1, 3));
            h.processWatermark(T0 + 2 * DAY);
            emitted(h).forEach(r -> before.add(r.reminderId));
            snapshot = h.snapshot(1L, T0);
        }
        assertEquals(1, before.size(), "dad's coffee reminder went out before the checkpoint");
        try (var restored = harness()) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            restored.processWatermark(T0 + 60 * DAY);
            List<Reminder> after = emitted(restored);
            assertEquals(List.of("mum"), after.stream().map(r -> r.userId).toList());
            assertTrue(after.stream().noneMatch(r -> before.contains(r.reminderId)));
        }
    }
}
