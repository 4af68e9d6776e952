package org.streamrec.engine.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.journeys.JourneyEvents.MINUTE;
import static org.streamrec.engine.journeys.JourneyEvents.T0;
import static org.streamrec.engine.journeys.JourneyEvents.purchase;
import static org.streamrec.engine.journeys.JourneyEvents.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IntentAlert;

class IntentTrackerTest {
    /** Threshold 10, re-armed below 5, half-life 30m, view 1, search 1, favourite 3, cart 5, removal -2, 3 contributions listed. */
    private final IntentTracker tracker = new IntentTracker(ConfigLoader.load(null, Map.of(
            "intent.threshold", "10", "intent.rearmFraction", "0.5", "intent.halfLife", "30m", "intent.maxContributions", "3")).intent());
    private final IntentState state = new IntentState();

    private Optional<IntentAlert> at(EventType type, String item, long time) {
        return tracker.observe(state, user(type, "ann", item, time));
    }

    @Test
    void theScoreIsTheDecayedSumOfWeightsAndCrossingTheThresholdAlertsOnceWithTheLatestActions() {
        assertTrue(at(EventType.ADD_TO_CART, "tea", T0).isEmpty());
        assertTrue(at(EventType.VIEW, "mug", T0 + MINUTE).isEmpty());
        assertTrue(at(EventType.FAVOURITE, "pot", T0 + 2 * MINUTE).isEmpty());
        assertTrue(at(EventType.VIEW, "mug", T0 + 3 * MINUTE).isEmpty(), "9.55");
        IntentAlert alert = at(EventType.FAVOURITE, "mug", T0 + 4 * MINUTE).orElseThrow();
        // 5 x 2^(-4/30) + 1 x 2^(-3/30) + 3 x 2^(-2/30) + 1 x 2^(-1/30) + 3
        double expected = 5 * Math.pow(2, -4 / 30.0) + Math.pow(2, -3 / 30.0) + 3 * Math.pow(2, -2 / 30.0)
                + Math.pow(2, -1 / 30.0) + 3;
        assertEquals(expected, alert.score, 1e-9);
        assertEquals(10, alert.threshold);
        assertEquals(IntentAlert.HIGH_INTENT, alert.type);
        assertEquals("ann:high_intent:" + (T0 + 4 * MINUTE), alert.alertId);
        assertEquals(List.of("favourite mug", "favourite pot", "view mug"),
                alert.contributions.stream().map(c -> c.type + " " + c.itemId).toList(),
                "the three latest actions, strongest first: the cart and the first view are older");
        assertEquals(3 * Math.pow(2, -2 / 30.0), alert.contributions.get(1).contribution, 1e-9);

        assertTrue(at(EventType.ADD_TO_CART, "mug", T0 + 5 * MINUTE).isEmpty(), "still above: no second alert");
    }

    @Test
    void theNextAlertNeedsTheScoreBelowHalfTheThresholdFirst() {
        at(EventType.ADD_TO_CART, "tea", T0);
        assertTrue(at(EventType.ADD_TO_CART, "mug", T0).isPresent());
        assertTrue(at(EventType.VIEW, "mug", T0 + 20 * MINUTE).isEmpty(), "10 x 2^(-2/3) = 6.3 before: not re-armed");
        assertTrue(at(EventType.ADD_TO_CART, "pot", T0 + 21 * MINUTE).isEmpty(), "above again, but no new crossing");
        assertTrue(at(EventType.VIEW, "mug", T0 + 60 * MINUTE).isEmpty(), "12.1 x 2^(-39/30) = 4.9 before it: re-armed");
        assertTrue(at(EventType.ADD_TO_CART, "cup", T0 + 60 * MINUTE).isPresent(), "5.9 + 5");
    }

    @Test
    void aPurchaseRealisesTheIntentAndRemovalsLowerIt() {
        at(EventType.ADD_TO_CART, "tea", T0);
        tracker.observe(state, purchase("ann", T0 + MINUTE, "tea"));
        assertEquals(0, state.score);
        assertTrue(state.recent.isEmpty());
        at(EventType.ADD_TO_CART, "mug", T0 + 2 * MINUTE);
        at(EventType.REMOVE_FROM_CART, "mug", T0 + 2 * MINUTE);
        assertTrue(at(EventType.ADD_TO_CART, "pot", T0 + 2 * MINUTE).isEmpty(), "5 - 2 + 5 = 8");
        assertTrue(at(EventType.RATING, "pot", T0 + 2 * MINUTE).isEmpty());
        assertEquals(8, state.score, 1e-9);
        at(EventType.REMOVE_FROM_CART, "pot", T0 + 2 * MINUTE);
        at(EventType.REMOVE_FROM_CART, "pot", T0 + 2 * MINUTE);
        at(EventType.REMOVE_FROM_CART, "pot", T0 + 2 * MINUTE);
        at(EventType.REMOVE_FROM_CART, "pot", T0 + 2 * MINUTE);
        assertEquals(0, state.score, "never below 0");
    }

    @Test
    void theStateIsAFlinkPojoAndARestoredStateGoesOnAlike() throws Exception {
        TypeInformation<IntentState> info = TypeInformation.of(IntentState.class);
        assertInstanceOf(PojoTypeInfo.class, info);
        SerializerConfigImpl noKryo = new SerializerConfigImpl();
        noKryo.setGenericTypes(false);
        TypeSerializer<IntentState> serializer = info.createSerializer(noKryo);

        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            long time = T0 + i * 3 * MINUTE + (i >= 12 ? 180 * MINUTE : 0);
            events.add(user(i % 3 == 0 ? EventType.ADD_TO_CART : EventType.VIEW, "ann", "i" + i, time));
        }
        List<Long> straight = alertTimes(new IntentState(), events, null);
        List<Long> restored = alertTimes(new IntentState(), events, serializer);
        assertTrue(straight.size() >= 2, straight.toString());
        assertEquals(straight, restored);
    }

    /** Alert times over the events; with a serializer, the state goes through it after every event. */
    private List<Long> alertTimes(IntentState s, List<Event> events, TypeSerializer<IntentState> serializer) throws Exception {
        List<Long> times = new ArrayList<>();
        for (Event e : events) {
            tracker.observe(s, e).ifPresent(a -> times.add(a.eventTime));
            if (serializer != null) {
                DataOutputSerializer out = new DataOutputSerializer(256);
                serializer.serialize(s, out);
                s = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
            }
        }
        return times;
    }
}
