package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.journeys.JourneyEvents.DAY;
import static org.streamrec.engine.journeys.JourneyEvents.HOUR;
import static org.streamrec.engine.journeys.JourneyEvents.T0;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.journeys.JourneyEvents;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.replenish.CycleStats;
import org.streamrec.engine.replenish.PurchaseObservation;

/** Triggered offers through the contact step's operator; the reminders' side is ReminderFunctionTest. */
// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class ContactFunctionTest {
    private static KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> harness(String... overrides)
            throws Exception {
        EngineConfig c = JourneyEvents.config(overrides);
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ContactFunction(c.contact(), c.reminders())), ContactInput::userId, Types.STRING);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    private static void offer(KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> h, String user,
                              MessageKind kind, long time, String zone, String... items) throws Exception {
        Message m = new Message();
        m.kind = kind;
        m.items = List.of(items);
        m.triggerEventId = "t-" + time;
        m.triggerTime = time;
        h.processElement(ContactInput.of(m, user, zone), time);
    }

    private static void event(KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> h, Event e) throws Exception {
        h.processElement(ContactInput.of(e), e.eventTime);
    }

    private static void bought(KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> h, String user,
                               String item, long time) throws Exception {
        PurchaseObservation o = new PurchaseObservation();
        o.userId = user;
        o.itemId = item;
        o.purchaseTime = time;
        o.quantity = 1;
        o.userPurchases = 1;
        o.itemStats = new CycleStats();
        h.processElement(ContactInput.of(o), time);
    }

    private static List<String> sent(KeyedOneInputStreamOperatorTestHarness<String, ContactInput, Reminder> h) {
        return h.getSideOutput(ContactFunction.MESSAGES).stream().map(r -> {
            assertEquals(r.getValue().sendTime, r.getTimestamp(), "a message travels at the event time it was sent");
            return r.getValue().kind.wireName() + " " + r.getValue().userId + " @" + (r.getTimestamp() - T0) / HOUR + "h";
        }).toList();
    }

    @Test
    void capsAcrossKindsAndQuietHoursInTheShoppersZoneHoldOffers() throws Exception {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        long tokyoNight = ZonedDateTime.of(2024, 3, 4, 23, 0, 0, 0, tokyo).toInstant().toEpochMilli();
        try (var h = harness("contact.maxPerDay", "1", "contact.maxPerWeek", "3")) {
            h.open();
            offer(h, "ann", MessageKind.PRICE_DROP, T0, null, "lamp");
            offer(h, "ann", MessageKind.ABANDONED_CART, T0 + HOUR, null, "tea");
            offer(h, "kenji", MessageKind.BACK_IN_STOCK, tokyoNight, "Asia/Tokyo", "mug");
            h.processWatermark(T0 + 3 * DAY);
            long tokyoMorning = ZonedDateTime.of(2024, 3, 5, 8, 0, 0, 0, tokyo).toInstant().toEpochMilli();
            assertEquals(List.of("price_drop ann @0h", "back_in_stock kenji @" + (tokyoMorning - T0) / HOUR + "h",
                    "abandoned_cart ann @24h"), sent(h));
        }
    }

    @Test
    void withoutConsentOrAfterForgetUserNothingGoesOutAndAPurchaseCancels() throws Exception {
        try (var h = harness("contact.maxPerDay", "1")) {
            h.open();
            Event no = JourneyEvents.user(EventType.CONSENT, "ann", null, T0);
            no.granted = false;
            event(h, no);
            offer(h, "ann", MessageKind.PRICE_DROP, T0 + HOUR, null, "lamp");
            offer(h, "bob", MessageKind.PRICE_DROP, T0, null, "lamp");
            offer(h, "bob", MessageKind.ABANDONED_CART, T0 + HOUR, null, "tea");
            bought(h, "bob", "tea", T0 + 2 * HOUR);
            offer(h, "cat", MessageKind.PRICE_DROP, T0, null, "lamp");
            offer(h, "cat", MessageKind.BACK_IN_STOCK, T0 + HOUR, null, "mug");
            event(h, JourneyEvents.user(EventType.FORGET_USER, "cat", null, T0 + 2 * HOUR));
            h.processWatermark(T0 + 5 * DAY);
            assertEquals(List.of("price_drop bob @0h", "price_drop cat @0h"), sent(h));
        }
    }

    @Test
    void aRestoredOperatorSendsAHeldOfferOnceAndRemembersWhatWasSent() throws Exception {
        OperatorSubtaskState snapshot;
        List<String> before;
        try (var h = harness("contact.maxPerDay", "1", "contact.coolDown.priceDrop", "4d")) {
            h.open();
            offer(h, "ann", MessageKind.PRICE_DROP, T0, null, "lamp");
            offer(h, "ann", MessageKind.ABANDONED_CART, T0 + HOUR, null, "tea");
            h.processWatermark(T0 + 2 * HOUR);
            before = sent(h);
            snapshot = h.snapshot(1L, T0 + 2 * HOUR);
        }
        assertEquals(List.of("price_drop ann @0h"), before);
        try (var restored = harness("contact.maxPerDay", "1", "contact.coolDown.priceDrop", "4d")) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            offer(restored, "ann", MessageKind.PRICE_DROP, T0 + 2 * DAY, null, "vase");
            restored.processWatermark(T0 + 5 * DAY);
            assertEquals(List.of("abandoned_cart ann @24h"), sent(restored), "the cool-down of the price drop sent before holds");
            assertTrue(restored.getSideOutput(ContactFunction.MESSAGES).stream().map(StreamRecord::getValue)
                    .allMatch(m -> m.messageId != null));
        }
    }
}
