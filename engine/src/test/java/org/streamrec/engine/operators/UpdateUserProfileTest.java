package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.experiment.Holdout;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.profile.TestEvents;

/**
 * The operator keeps users' states on the heap and writes them to RocksDB when they leave its cache
 * or before a checkpoint. With a cache of one user among six, and a checkpoint and restore half-way,
 * it must send exactly what it sends when every user stays cached: the same rank requests, item
 * touches and passed-on events, including after a user asked to be forgotten, and it drops the same
 * duplicates.
 */
// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class UpdateUserProfileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<EventType> ACTIONS =
            List.of(EventType.VIEW, EventType.VIEW, EventType.ADD_TO_CART, EventType.FAVOURITE, EventType.PURCHASE, EventType.RATING);

    @Test
    void aOneProfileCacheAcrossACheckpointSendsWhatAnAllProfilesCacheSends() throws Exception {
        List<Event> events = randomEvents();
        int half = events.size() / 2;

        List<String> allCached;
        try (var h = harness(1000)) {
            h.open();
            for (Event e : events) h.processElement(e, e.eventTime);
            allCached = sent(h);
        }

        List<String> oneCached = new ArrayList<>();
        OperatorSubtaskState snapshot;
        try (var h = harness(1)) {
            h.open();
            for (Event e : events.subList(0, half)) h.processElement(e, e.eventTime);
            snapshot = h.snapshot(1L, 0L);
            oneCached.addAll(sent(h));
        }
        try (var restored = harness(1)) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            for (Event e : events.subList(half, events.size())) restored.processElement(e, e.eventTime);
            oneCached.addAll(sent(restored));
        }

        assertTrue(allCached.size() > events.size(), "touches and events as well as requests: " + allCached.size());
        assertEquals(sorted(allCached), sorted(oneCached));
        long passedOn = allCached.stream().filter(line -> line.startsWith("event ")).count();
        assertEquals(events.size() - DUPLICATES, passedOn, "every duplicate dropped, every other event passed on");
        assertTrue(allCached.stream().anyMatch(line -> line.startsWith("request ") && line.contains("\"forget\":true")));
    }

    @Test
    void theHoldoutGetsRequestsForWhatTrendsOrNoneAndLearnsAsEveryoneDoes() throws Exception {
        List<Event> events = randomEvents();
        Holdout holdout = new Holdout(ConfigLoader.load(null, Map.of("experiment.holdoutPercent", "50")).experiment());
        assertTrue(events.stream().anyMatch(e -> holdout.heldOut(e.userId)) && events.stream().anyMatch(e -> !holdout.heldOut(e.userId)),
                "half the users are held out, and some are among the six");
        List<String> learntWithoutHoldout = touches(events, Map.of());
        for (String policy : List.of("trending", "none")) {
            try (var h = harness(Map.of("experiment.holdoutPercent", "50", "experiment.holdoutPolicy", policy))) {
                h.open();
                for (Event e : events) h.processElement(e, e.eventTime);
                Set<String> variants = new TreeSet<>();
                for (RankRequest r : h.extractOutputValues()) {
                    if (r.forget) continue;
                    variants.add(r.variant);
                    assertEquals(holdout.heldOut(r.userId) ? Holdout.VARIANT : ConfigLoader.defaults().ranking().variant(), r.variant);
                    if (holdout.heldOut(r.userId)) assertNull(r.seeds, "nothing of the profile goes to the ranking");
                }
                assertEquals(policy.equals("trending") ? 2 : 1, variants.size(), policy + ": " + variants);
                assertEquals(learntWithoutHoldout, touches(h), "the holdout's actions teach co-occurrence as everyone's do");
            }
        }
    }

    private static List<String> touches(List<Event> events, Map<String, String> settings) throws Exception {
        try (var h = harness(settings)) {
            h.open();
            for (Event e : events) h.processElement(e, e.eventTime);
            return touches(h);
        }
    }

    private static List<String> touches(KeyedOneInputStreamOperatorTestHarness<String, Event, RankRequest> h) throws Exception {
        List<String> lines = new ArrayList<>();
        for (StreamRecord<?> r : h.getSideOutput(UpdateUserProfile.ITEM_TOUCHES)) lines.add(JSON.writeValueAsString(r.getValue()));
        return lines;
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Event, RankRequest> harness(int cachedUsers) throws Exception {
        return harness(Map.of("profile.cachedUsers", String.valueOf(cachedUsers)));
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Event, RankRequest> harness(Map<String, String> settings)
            throws Exception {
        var config = ConfigLoader.load(null, settings);
        var h = new KeyedOneInputStreamOperatorTestHarness<String, Event, RankRequest>(new UpdateUserProfile(config),
                e -> e.userId, Types.STRING);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    private static final int DUPLICATES = 20;

    /**
     * Six users, fifteen items, a few hundred interactions a minute apart, one in twenty sent twice
     * (the copy right after); user u3 is forgotten half-way.
     */
    private static List<Event> randomEvents() {
        Random random = new Random(5);
        List<Event> events = new ArrayList<>();
        long time = 1_700_000_000_000L;
        for (int i = 0; i < 400; i++) {
            time += 60_000;
            String user = "u" + random.nextInt(6);
            String item = "i" + random.nextInt(15);
            EventType type = ACTIONS.get(random.nextInt(ACTIONS.size()));
            events.add(switch (type) {
                case PURCHASE -> TestEvents.purchase(user, time, new OrderLine(item, 1 + random.nextInt(3), 2.5));
                case RATING -> TestEvents.rating(user, item, 1 + random.nextInt(5), time);
                default -> TestEvents.on(type, user, item, time);
            });
            if (i % 20 == 0) events.add(events.get(events.size() - 1));
            if (i == 200) events.add(TestEvents.on(EventType.FORGET_USER, "u3", null, time));
        }
        return events;
    }

    /** Everything the operator sent so far, on each of its outputs, as JSON lines. */
    private static List<String> sent(KeyedOneInputStreamOperatorTestHarness<String, Event, RankRequest> h) throws Exception {
        List<String> lines = new ArrayList<>();
        for (RankRequest r : h.extractOutputValues()) {
            // Both come from iterating the profile's item map, whose order a trip through RocksDB may change; it means nothing.
            if (r.exclude != null) Arrays.sort(r.exclude);
            if (r.bought != null) Arrays.sort(r.bought);
            lines.add("request " + JSON.writeValueAsString(r));
        }
        for (StreamRecord<?> r : h.getSideOutput(UpdateUserProfile.ITEM_TOUCHES)) lines.add("touch " + JSON.writeValueAsString(r.getValue()));
        for (StreamRecord<?> r : h.getSideOutput(UpdateUserProfile.USER_EVENTS)) lines.add("event " + JSON.writeValueAsString(r.getValue()));
        return lines;
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }
}
