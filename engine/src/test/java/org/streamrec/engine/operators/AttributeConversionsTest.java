package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.attribution.Shown;
import org.streamrec.engine.messages.AttributionInput;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.Recommendation;

// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class AttributeConversionsTest {
    private static final long T0 = 1_740_000_000_000L;
    private int events;

    private static KeyedOneInputStreamOperatorTestHarness<String, AttributionInput, Attribution> harness(String... overrides)
            throws Exception {
        Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i < overrides.length; i += 2) o.put(overrides[i], overrides[i + 1]);
        EngineConfig config = ConfigLoader.load(null, o);
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new AttributeConversions(config), AttributionInput::userId, Types.STRING);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, AttributionInput, Attribution> opened(String... overrides)
            throws Exception {
        var h = harness(overrides);
        h.open();
        return h;
    }

    @Test
    void creditsActionsOnListsInRocksDbState() throws Exception {
        try (var h = opened()) {
            send(h, Shown.list("u1", "rec-1", "cooc-v1", T0, "a", "b"));
            send(h, event("u1", EventType.VIEW, T0 + 1_000, "b"));
            send(h, purchase("u1", T0 + 2_000, new OrderLine("b", 2, 3.5), new OrderLine("z", 1, 1.0)));
            send(h, event("u2", EventType.VIEW, T0 + 2_000, "a")); // another user saw no list
            assertEquals(List.of("rec-1:b:click", "rec-1:b:purchase"), ids(h));
            assertEquals(7.0, emitted(h).get(1).revenue);
            assertEquals("cooc-v1", emitted(h).get(1).variant);
        }
    }

    @Test
    void onlyListsOfAShopperCount() {
        assertTrue(AttributeConversions.ofAShopper(Shown.list("u1", "rec-1", "cooc-v1", T0, "a")));
        assertTrue(AttributeConversions.ofAShopper(Recommendation.tombstone("u1", "e1", T0)));
        assertFalse(AttributeConversions.ofAShopper(Shown.list(Recommendation.ANY_USER, "rec-any", "cooc-v1", T0, "a")));
    }

    @Test
    void aReminderArrivingAfterForgetUserLeavesNothing() throws Exception {
        try (var h = opened()) {
            send(h, purchase("u1", T0 - 10_000, new OrderLine("tea", 1, 4.0)));
            send(h, event("u1", EventType.FORGET_USER, T0, null));
            h.processElement(AttributionInput.of(Shown.reminder("u1", "rem-1", T0 - 1_000, "tea")), T0);
            send(h, purchase("u1", T0 + 1_000, new OrderLine("tea", 1, 4.0)));
            assertEquals(List.of(), ids(h), "the late reminder was not tracked");
        }
    }

    @Test
    void aTombstoneAfterALateListForgetsTheUserToo() throws Exception {
        try (var h = opened()) {
            send(h, event("u1", EventType.FORGET_USER, T0 + 1_000, null));
            send(h, Shown.list("u1", "rec-1", "cooc-v1", T0, "a")); // emitted before the forget, arrived after it
            send(h, Recommendation.tombstone("u1", "e-forget", T0 + 1_000));
            send(h, event("u1", EventType.VIEW, T0 + 2_000, "a"));
            assertEquals(List.of(), ids(h), "no list of the forgotten user is left to credit");
        }
    }

    @Test
    void forgetUserForgetsWhatTheUserWasShown() throws Exception {
        try (var h = opened()) {
            send(h, Shown.list("u1", "rec-1", "cooc-v1", T0, "a"));
            send(h, event("u1", EventType.FORGET_USER, T0 + 1_000, null));
            send(h, event("u1", EventType.VIEW, T0 + 2_000, "a"));
            assertEquals(List.of(), ids(h));
        }
    }

    @Test
    void exposuresAndCreditsSurviveARestore() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = opened()) {
            send(h, Shown.list("u1", "rec-1", "cooc-v1", T0, "a", "b"));
            send(h, event("u1", EventType.VIEW, T0 + 1_000, "a"));
            snapshot = h.snapshot(1L, T0 + 1_000);
        }
        try (var restored = harness()) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            send(restored, event("u1", EventType.VIEW, T0 + 2_000, "a")); // credited before the restore
            send(restored, event("u1", EventType.ADD_TO_CART, T0 + 3_000, "b"));
            assertEquals(List.of("rec-1:b:cart"), ids(restored));
        }
    }

    @Test
    void withImpressionsOnlyWhatWasShownEarnsCredit() throws Exception {
        try (var h = opened("attribution.exposure", "impressions")) {
            send(h, Shown.list("u1", "rec-1", "cooc-v1", T0, "a", "b"));
            send(h, event("u1", EventType.VIEW, T0 + 1_000, "a"));
            Event shown = event("u1", EventType.IMPRESSION, T0 + 2_000, null);
            shown.items = List.of("b");
            send(h, shown);
            send(h, event("u1", EventType.VIEW, T0 + 3_000, "b"));
            assertEquals(List.of("rec-1:b:click"), ids(h));
        }
    }

    @Test
    void aHeldOutShoppersRemindersCarryTheHoldoutVariant() throws Exception {
        try (var h = opened("experiment.holdoutPercent", "100")) {
            send(h, purchase("u1", T0 - 10_000, new OrderLine("tea", 1, 4.0)));
            h.processElement(AttributionInput.of(Shown.reminder("u1", "rem-1", T0, "tea")), T0);
            send(h, purchase("u1", T0 + 1_000, new OrderLine("tea", 1, 4.0)));
            Attribution a = emitted(h).get(0);
            assertEquals("rem-1:tea:purchase", a.attributionId);
            assertEquals("reminder", a.kind);
            assertEquals("holdout", a.variant);
        }
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, AttributionInput, Attribution> h, Object in)
            throws Exception {
        if (in instanceof Recommendation r) h.processElement(AttributionInput.of(r), r.eventTime);
        else h.processElement(AttributionInput.of((Event) in), ((Event) in).eventTime);
    }

    private static List<Attribution> emitted(KeyedOneInputStreamOperatorTestHarness<String, AttributionInput, Attribution> h) {
        return new ArrayList<>(h.extractOutputValues());
    }

    private static List<String> ids(KeyedOneInputStreamOperatorTestHarness<String, AttributionInput, Attribution> h) {
        return emitted(h).stream().map(a -> a.attributionId).toList();
    }

    private Event event(String user, EventType type, long time, String item) {
        Event e = new Event();
        e.eventId = "e" + (++events);
        e.type = type;
        e.userId = user;
        e.eventTime = time;
        e.itemId = item;
        return e;
    }

    private Event purchase(String user, long time, OrderLine... lines) {
        Event e = event(user, EventType.PURCHASE, time, null);
        e.orderId = "o" + events;
        e.lines = List.of(lines);
        return e;
    }
}
