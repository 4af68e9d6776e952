package org.streamrec.engine.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
 *
 * <p>Lists, reminders and actions reach attribution on three paths, and which of them arrives first
 * depends on thread timing; the order's meaning is AttributeConversionsTest's. Here every source sends
 * its records round after round, as an at-least-once producer would after retries: a credit is given
 * once per list, item and action however often its inputs come, so the credits due appear whatever the
 * order, and a second copy of one would show.
 */
class AttributionGraphTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final long T0 = 1_740_000_000_000L;
    private static final int USERS = 20;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void creditsListsAndRemindersAcrossParallelInstances() throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        EngineConfig config = ConfigLoader.load(null, Map.of());

        DataStream<Attribution> attributions = AttributionGraph.attach(
                byUser(rounds(env, USERS + 1, AttributionGraphTest::list, Recommendation.class), r -> r.userId),
                rounds(env, 1, i -> Shown.reminder("u0", "rem-u0", T0 + 500, "tea"), Reminder.class),
                byUser(rounds(env, 3 * USERS, AttributionGraphTest::action, Event.class), e -> e.userId),
                config);

        List<String> expected = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            expected.add("rec-u" + u + ":b" + u + ":click");
            expected.add("rec-u" + u + ":b" + u + ":purchase");
        }
        expected.add("rem-u0:tea:purchase");
        List<String> ids = new CopyOnWriteArrayList<>();
        try (var results = attributions.executeAndCollect("attribution graph test")) {
            Thread reader = new Thread(() -> results.forEachRemaining(a -> ids.add(a.attributionId)), "attributions reader");
            reader.setDaemon(true);
            reader.start();
            long deadline = System.currentTimeMillis() + 120_000;
            while (ids.size() < expected.size() && System.currentTimeMillis() < deadline) Thread.sleep(50);
            // Several more rounds: a credit given twice would come in them.
            Thread.sleep(2_000);
        }
        assertEquals(expected.stream().sorted().toList(), ids.stream().sorted().toList());
    }

    /** Record {@code i % perRound} of a round, over and over, a round every 100 ms, until the job is cancelled. */
    private static <T> DataStream<T> rounds(StreamExecutionEnvironment env, int perRound, Round<T> record, Class<T> type) {
        return env.fromSequence(0, Long.MAX_VALUE).setParallelism(1)
                .map((MapFunction<Long, T>) i -> {
                    if (i % perRound == perRound - 1) Thread.sleep(100);
                    return record.of((int) (i % perRound));
                }).returns(TypeInformation.of(type)).setParallelism(1);
    }

    private interface Round<T> extends java.io.Serializable {
        T of(int i);
    }

    /** The list for shoppers the engine does not know (no one's to credit), then one list per user. */
    private static Recommendation list(int i) {
        return i == USERS ? Shown.list(Recommendation.ANY_USER, "rec-any", "cooc-v1", T0, "b0")
                : Shown.list("u" + i, "rec-u" + i, "cooc-v1", T0, "a" + i, "b" + i);
    }

    /** Each user views b, buys b and tea, and searches a (not an action attribution credits). */
    private static Event action(int i) {
        String user = "u" + i / 3;
        return switch (i % 3) {
            case 0 -> event(user, EventType.VIEW, T0 + 1_000, "b" + i / 3);
            case 1 -> {
                Event order = event(user, EventType.PURCHASE, T0 + 2_000, null);
                order.lines = List.of(new OrderLine("b" + i / 3, 1, 2.0), new OrderLine("tea", 1, 3.0));
                yield order;
            }
            default -> event(user, EventType.SEARCH, T0 + 3_000, "a" + i / 3);
        };
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
