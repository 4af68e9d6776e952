package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.replenish.Fixtures.DAY;
import static org.streamrec.engine.replenish.Fixtures.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.testing.EventStreams;

/** The whole replenishment graph on a MiniCluster, over a bounded list of events. */
class ReplenishmentGraphTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final EngineConfig CONFIG = ConfigLoader.load(null, Map.of(
            "reminders.leadTime", "2d", "contact.quietHoursStart", "21", "contact.quietHoursEnd", "8",
            "contact.defaultTimeZone", "UTC", "reminders.minConfidence", "0.3", "reminders.priorStrength", "2",
            "contact.requireExplicitConsent", "false"));

    private final List<Event> events = new ArrayList<>();

    private Event add(String user, EventType type, double day) {
        Event e = new Event();
        e.eventId = "e" + events.size();
        e.userId = user;
        e.type = type;
        e.eventTime = T0 + Math.round(day * DAY);
        events.add(e);
        return e;
    }

    private void buy(String user, double day, int cans) {
        add(user, EventType.PURCHASE, day).lines = List.of(new OrderLine("formula", cans, 20.0));
    }

    /** Three parents who use a can a week, then the scenarios of the issue, all on one formula item. */
    private void shopHistory() {
        Event flag = add(null, EventType.CATALOGUE_UPDATE, 0);
        flag.itemId = "formula";
        flag.category = "baby";
        flag.replenishable = true;
        for (String parent : List.of("p1", "p2", "p3")) {
            for (int week = 0; week < 3; week++) buy(parent, 7 * week, 1);
        }
        buy("mum", 20, 3);
        buy("rebuyer", 20, 3);
        buy("rebuyer", 30, 1);
        buy("forgotten", 20, 3);
        add("forgotten", EventType.FORGET_USER, 25);
        buy("withdrawn", 20, 3);
        add("withdrawn", EventType.CONSENT, 25).granted = false;
        add("mum", EventType.VIEW, 22).timeZone = "Not/AZone";
    }

    /** Runs the graph with Kryo disabled, so any type that would fall back to it fails the job. */
    private static List<Reminder> run(List<Event> input, WatermarkStrategy<Event> watermarks) throws Exception {
        EventStreams.Split events = EventStreams.split(EventStreams.withoutKryo(2), input, watermarks);
        return events.journeys(null, null, CONFIG).reminders().executeAndCollect(10_000);
    }

    private static Map<String, List<Reminder>> byUser(List<Reminder> reminders) {
        Map<String, List<Reminder>> byUser = new HashMap<>();
        for (Reminder r : reminders) byUser.computeIfAbsent(r.userId, u -> new ArrayList<>()).add(r);
        return byUser;
    }

    @Test
    void remindsOnTimeOnceAndOnlyWhoShouldBeReminded() throws Exception {
        shopHistory();
        List<Reminder> sorted = run(events, WatermarkStrategy.forMonotonousTimestamps());

        Map<String, List<Reminder>> byUser = byUser(sorted);
        List<Reminder> mum = byUser.get("mum");
        assertEquals(1, mum.size(), "3 cans at a can a week: one reminder");
        assertEquals(T0 + (20 + 21 - 2) * DAY, mum.get(0).dueTime, "three weeks after the purchase, minus the lead time");
        assertEquals(T0 + (20 + 21) * DAY, mum.get(0).items.get(0).predictedRunOut);

        List<Reminder> rebuyer = byUser.get("rebuyer");
        assertEquals(1, rebuyer.size());
        assertEquals(T0 + 30 * DAY, rebuyer.get(0).items.get(0).lastPurchaseTime, "only the re-buy is reminded");
        assertTrue(rebuyer.get(0).dueTime > T0 + 30 * DAY);

        assertTrue(!byUser.containsKey("forgotten") && !byUser.containsKey("withdrawn"), byUser.keySet().toString());
        Set<String> ids = new HashSet<>();
        sorted.forEach(r -> assertTrue(ids.add(r.reminderId), "duplicate " + r.reminderId));

        // The same events in a shuffled order, watermarks far behind: the very same reminders.
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(7));
        List<Reminder> fromShuffled = run(shuffled, WatermarkStrategy.forBoundedOutOfOrderness(Duration.ofDays(400)));
        assertEquals(idsAndItems(sorted), idsAndItems(fromShuffled));
    }

    private static Set<String> idsAndItems(List<Reminder> reminders) {
        Set<String> out = new HashSet<>();
        for (Reminder r : reminders) {
            r.items.forEach(i -> out.add(r.reminderId + " " + r.userId + " " + r.dueTime + " " + i.itemId + " "
                    + i.predictedRunOut + " " + i.confidence));
        }
        return out;
    }
}
