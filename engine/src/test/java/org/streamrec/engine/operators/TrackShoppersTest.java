package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.journeys.JourneyEvents.DAY;
import static org.streamrec.engine.journeys.JourneyEvents.HOUR;
import static org.streamrec.engine.journeys.JourneyEvents.T0;
import static org.streamrec.engine.journeys.JourneyEvents.incident;
import static org.streamrec.engine.journeys.JourneyEvents.purchase;
import static org.streamrec.engine.journeys.JourneyEvents.user;

import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.messages.InterestKind;
import org.streamrec.engine.journeys.JourneyEvents;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.messages.JourneyInput;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.MessageKind;

// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class TrackShoppersTest {
    private static KeyedOneInputStreamOperatorTestHarness<String, JourneyInput, ContactInput> harness(boolean rocksDb)
            throws Exception {
        EngineConfig c = JourneyEvents.config();
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new TrackShoppers(c.triggers(), c.profile())), JourneyInput::userId, Types.STRING);
        if (rocksDb) h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, JourneyInput, ContactInput> h, Event e)
            throws Exception {
        h.processElement(JourneyInput.of(e), e.eventTime);
    }

    private static List<String> offers(KeyedOneInputStreamOperatorTestHarness<String, JourneyInput, ContactInput> h) {
        return h.extractOutputStreamRecords().stream().map(r -> {
            ContactInput in = r.getValue();
            assertEquals(in.triggered.triggerTime, r.getTimestamp(), "an offer travels at the event time it fired");
            return in.triggered.kind.wireName() + " " + in.userId() + " " + in.triggered.items;
        }).toList();
    }

    @Test
    void anAbandonedCartFiresAtTheWatermarkAndAPurchaseCancelsAnother() throws Exception {
        try (var h = harness(true)) {
            h.open();
            send(h, user(EventType.ADD_TO_CART, "ann", "tea", T0));
            send(h, user(EventType.ADD_TO_CART, "bob", "mug", T0));
            send(h, purchase("bob", T0 + HOUR, "mug"));
            h.processWatermark(T0 + 2 * HOUR - 1);
            assertTrue(offers(h).isEmpty());
            h.processWatermark(T0 + DAY);
            assertEquals(List.of("abandoned_cart ann [tea]"), offers(h));
        }
    }

    @Test
    void anIncidentFiresAnApologyAndForgetUserTellsTheWatchersAndLeavesNothing() throws Exception {
        try (var h = harness(false)) {
            h.open();
            send(h, user(EventType.FAVOURITE, "ann", "scarf", T0));
            send(h, incident("ann", T0 + HOUR, "o-1"));
            send(h, user(EventType.ADD_TO_CART, "ann", "hat", T0 + 80 * 60_000L));
            send(h, user(EventType.FORGET_USER, "ann", null, T0 + 90 * 60_000L));
            h.processWatermark(T0 + 10 * DAY);
            assertEquals(List.of("service_incident ann [scarf]"), offers(h), "nothing after forget_user");
            List<String> interests = h.getSideOutput(TrackShoppers.ITEM_INTERESTS).stream()
                    .map(StreamRecord::getValue).map(i -> i.kind + " " + i.itemId).sorted().toList();
            assertEquals(List.of("CARTED hat", "FAVOURITED scarf", "FORGOTTEN hat", "FORGOTTEN scarf"), interests);
            assertEquals(0, h.numKeyedStateEntries());
            assertEquals(0, h.numEventTimeTimers());
        }
    }

    @Test
    void aRestoredOperatorFiresACartDueAfterTheCheckpointOnce() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness(true)) {
            h.open();
            send(h, user(EventType.ADD_TO_CART, "ann", "tea", T0));
            send(h, user(EventType.ADD_TO_CART, "bob", "mug", T0 + 3 * HOUR));
            h.processWatermark(T0 + 3 * HOUR);
            assertEquals(List.of("abandoned_cart ann [tea]"), offers(h));
            snapshot = h.snapshot(1L, T0 + 3 * HOUR);
        }
        try (var restored = harness(true)) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(JourneyInput.of(new ItemInterest("bob", "lamp", InterestKind.VIEWED, T0 + 4 * HOUR, null)),
                    T0 + 4 * HOUR);
            restored.processWatermark(T0 + 10 * DAY);
            assertEquals(List.of("abandoned_cart bob [mug]"), offers(restored));
            assertEquals(MessageKind.ABANDONED_CART, restored.extractOutputValues().get(0).triggered.kind);
        }
    }
}
