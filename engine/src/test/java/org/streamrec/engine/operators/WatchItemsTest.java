package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.journeys.JourneyEvents.DAY;
import static org.streamrec.engine.journeys.JourneyEvents.HOUR;
import static org.streamrec.engine.journeys.JourneyEvents.T0;
import static org.streamrec.engine.journeys.JourneyEvents.catalogue;

import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.InterestKind;
import org.streamrec.engine.journeys.JourneyEvents;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.messages.JourneyInput;

// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class WatchItemsTest {
    private static KeyedOneInputStreamOperatorTestHarness<String, JourneyInput, ContactInput> harness(boolean rocksDb)
            throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new WatchItems(JourneyEvents.config().triggers())), JourneyInput::itemId, Types.STRING);
        if (rocksDb) h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    private static void update(KeyedOneInputStreamOperatorTestHarness<String, JourneyInput, ContactInput> h,
                               String item, long time, Double price, Integer stock) throws Exception {
        h.processElement(JourneyInput.of(catalogue(item, time, price, stock)), time);
    }

    private static void interest(KeyedOneInputStreamOperatorTestHarness<String, JourneyInput, ContactInput> h,
                                 String user, String item, InterestKind kind, long time) throws Exception {
        h.processElement(JourneyInput.of(new ItemInterest(user, item, kind, time, null)), time);
    }

    private static List<String> offers(KeyedOneInputStreamOperatorTestHarness<String, JourneyInput, ContactInput> h) {
        return h.extractOutputValues().stream()
                .map(in -> in.triggered.kind.wireName() + " " + in.userId() + " " + in.triggered.items.get(0)).toList();
    }

    @Test
    void priceDropsAndRestocksFireForTheirWatchersAndAPurchaseEndsAWatch() throws Exception {
        try (var h = harness(true)) {
            h.open();
            update(h, "lamp", T0, 40.0, 0);
            update(h, "mug", T0, 8.0, 3);
            interest(h, "ann", "lamp", InterestKind.FAVOURITED, T0 + HOUR);
            interest(h, "bob", "lamp", InterestKind.CARTED, T0 + HOUR);
            interest(h, "bob", "lamp", InterestKind.BOUGHT, T0 + 2 * HOUR);
            interest(h, "cat", "mug", InterestKind.VIEWED, T0 + HOUR);
            update(h, "lamp", T0 + DAY, 30.0, 4);
            update(h, "mug", T0 + DAY, 7.5, null);
            h.processWatermark(T0 + DAY);
            assertEquals(List.of("price_drop ann lamp", "back_in_stock ann lamp"), offers(h),
                    "mug fell 6%, under the 10% minimum");
        }
    }

    @Test
    void interestsAtTheSameInstantAsAnUpdateCountAndTheOrderOfArrivalDoesNotMatter() throws Exception {
        try (var h = harness(false)) {
            h.open();
            update(h, "lamp", T0 + HOUR, 30.0, null);
            interest(h, "ann", "lamp", InterestKind.VIEWED, T0 + HOUR);
            update(h, "lamp", T0, 40.0, 5);
            h.processWatermark(T0 + DAY);
            assertEquals(List.of("price_drop ann lamp"), offers(h),
                    "at T0 + 1h the interest applies first, at the 40.00 the shopper saw");
        }
    }

    @Test
    void aRestoredOperatorKeepsItsWatchersAndTheirExpiry() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness(true)) {
            h.open();
            update(h, "lamp", T0, 40.0, 5);
            interest(h, "ann", "lamp", InterestKind.VIEWED, T0 + HOUR);
            interest(h, "bob", "lamp", InterestKind.VIEWED, T0 + 10 * DAY);
            h.processWatermark(T0 + 10 * DAY);
            snapshot = h.snapshot(1L, T0 + 10 * DAY);
        }
        try (var restored = harness(true)) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            restored.processWatermark(T0 + 15 * DAY);
            update(restored, "lamp", T0 + 15 * DAY, 20.0, null);
            restored.processWatermark(T0 + 16 * DAY);
            assertEquals(List.of("price_drop bob lamp"), offers(restored), "ann's 14 days ran out before the drop");
            assertTrue(restored.numEventTimeTimers() > 0, "bob's expiry is still due");
        }
    }
}
