package org.streamrec.engine.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

/** The attribution graph on a MiniCluster with Kryo disabled, so every type it ships must be a POJO. */
class AttributionGraphTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final long T0 = 1_740_000_000_000L;

    @Test
    void creditsListsAndRemindersAcrossParallelInstances() throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        EngineConfig config = ConfigLoader.load(null, Map.of());

        List<Recommendation> lists = new ArrayList<>();
        List<Event> actions = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            lists.add(list("u" + u, T0, "a" + u, "b" + u));
            actions.add(event("u" + u, EventType.VIEW, T0 + 1_000, "b" + u));
            Event order = event("u" + u, EventType.PURCHASE, T0 + 2_000, null);
            order.lines = List.of(new OrderLine("b" + u, 1, 2.0), new OrderLine("tea", 1, 3.0));
            actions.add(order);
            actions.add(event("u" + u, EventType.SEARCH, T0 + 3_000, "a" + u)); // not an action attribution credits
        }
        DataStream<Attribution> attributions = AttributionGraph.attach(
                env.fromData(lists),
                env.fromData(reminder("u0", T0 + 500, "tea")),
                env.fromData(actions).map(new StartLater()),
                config);

        List<String> ids = new ArrayList<>();
        try (var results = attributions.executeAndCollect("attribution graph test")) {
            results.forEachRemaining(a -> ids.add(a.attributionId));
        }

        List<String> expected = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            expected.add("rec-u" + u + ":b" + u + ":click");
            expected.add("rec-u" + u + ":b" + u + ":purchase");
        }
        expected.add("rem-u0:tea:purchase");
        assertEquals(expected.stream().sorted().toList(), ids.stream().sorted().toList());
    }

    /**
     * Attribution handles records as they arrive, and in a shop a list reaches it before the actions
     * it prompts; three bounded sources race, so the actions here wait a moment.
     */
    private static final class StartLater implements MapFunction<Event, Event> {
        private boolean started;

        @Override
        public Event map(Event e) throws Exception {
            if (!started) {
                Thread.sleep(1_500);
                started = true;
            }
            return e;
        }
    }

    private static Recommendation list(String user, long time, String... items) {
        Recommendation r = new Recommendation();
        r.recId = "rec-" + user;
        r.userId = user;
        r.variant = "cooc-v1";
        r.eventTime = time;
        r.items = new ArrayList<>();
        for (String i : items) r.items.add(new RankedItem(i, 1.0, "test"));
        return r;
    }

    private static Reminder reminder(String user, long time, String item) {
        Reminder r = new Reminder();
        r.reminderId = "rem-" + user;
        r.userId = user;
        r.dueTime = time;
        ReminderItem i = new ReminderItem();
        i.itemId = item;
        r.items = List.of(i);
        return r;
    }

    private static Event event(String user, EventType type, long time, String item) {
        Event e = new Event();
        e.eventId = user + "-" + type + "-" + time;
        e.type = type;
        e.userId = user;
        e.eventTime = time;
        e.itemId = item;
        return e;
    }
}
