package org.streamrec.engine.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.java.functions.KeySelector;
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
import org.streamrec.engine.attribution.Shown;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/**
 * The attribution graph on a MiniCluster with Kryo disabled, so every type it ships must be a POJO, at
 * parallelism 2, where a list or event read on an instance that does not own its user would fail the job.
 */
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
        lists.add(Shown.list(Recommendation.ANY_USER, "rec-any", "cooc-v1", T0, "b0")); // for unknown shoppers: no one's
        lists.add(Recommendation.tombstone("u1", "forget", T0 - 1));
        List<Event> actions = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            lists.add(Shown.list("u" + u, "rec-u" + u, "cooc-v1", T0, "a" + u, "b" + u));
            actions.add(event("u" + u, EventType.VIEW, T0 + 1_000, "b" + u));
            Event order = event("u" + u, EventType.PURCHASE, T0 + 2_000, null);
            order.lines = List.of(new OrderLine("b" + u, 1, 2.0), new OrderLine("tea", 1, 3.0));
            actions.add(order);
            actions.add(event("u" + u, EventType.SEARCH, T0 + 3_000, "a" + u)); // not an action attribution credits
        }
        DataStream<Attribution> attributions = AttributionGraph.attach(
                byUser(env.fromData(lists).map(new CountDown(lists.size())).setParallelism(1), r -> r.userId),
                env.fromData(Shown.reminder("u0", "rem-u0", T0 + 500, "tea")).map(new StartLater<>()).returns(Reminder.class),
                byUser(env.fromData(actions).map(new StartLater<>()).returns(Event.class).setParallelism(1), e -> e.userId),
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
     * it prompts, and a reminder after the purchases and lists it follows; here three bounded sources
     * race, so the actions and the reminder wait until every list has left its source, and a moment
     * more for the network buffers to flush.
     */
    private static final CountDownLatch LISTS_SENT = new CountDownLatch(1);

    private static final class CountDown implements MapFunction<Recommendation, Recommendation> {
        private final int total;
        private int seen;

        CountDown(int total) {
            this.total = total;
        }

        @Override
        public Recommendation map(Recommendation r) {
            if (++seen == total) LISTS_SENT.countDown();
            return r;
        }
    }

    private static final class StartLater<T> implements MapFunction<T, T> {
        private boolean started;

        @Override
        public T map(T e) throws Exception {
            if (!started) {
                assertTrue(LISTS_SENT.await(60, TimeUnit.SECONDS), "the lists were not sent");
                Thread.sleep(1_000);
                started = true;
            }
            return e;
        }
    }

    /** Partitioned by user at the job's parallelism, as the lists and the user events leave the user operator. */
    private static <T> DataStream<T> byUser(DataStream<T> stream, KeySelector<T, String> user) {
        return stream.keyBy(user).map(t -> t).returns(stream.getType()).name("by user, as the user operator sends them");
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
