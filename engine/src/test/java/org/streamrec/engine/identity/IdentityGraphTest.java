package org.streamrec.engine.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.identity.IdentityEvents.anonymous;
import static org.streamrec.engine.identity.IdentityEvents.customer;
import static org.streamrec.engine.identity.IdentityEvents.identify;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.operators.ResolveAnonymous;
import org.streamrec.engine.testing.EventStreams;
import org.streamrec.engine.job.IdentityGraph;

// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class IdentityGraphTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final long MINUTE = 60_000L;

    @Test
    void anAnonymousShopperWhoLogsInBecomesTheCustomerAndForgettingThemForgetsTheDevice() throws Exception {
        List<Event> input = List.of(
                anonymous(EventType.VIEW, "a1", "tea", 0),
                anonymous(EventType.ADD_TO_CART, "a1", "tea", MINUTE),
                customer(EventType.VIEW, "bob", "mug", MINUTE),
                identify("ann", "a1", 2 * MINUTE),
                anonymous(EventType.VIEW, "a1", "pot", 3 * MINUTE),
                customer(EventType.FORGET_USER, "ann", null, 4 * MINUTE));
        EventStreams.Split events = EventStreams.split(EventStreams.withoutKryo(2), input, WatermarkStrategy.forMonotonousTimestamps());
        List<Event> resolved = IdentityGraph.attach(events.userEvents(), IdentityEvents.CONFIG).executeAndCollect(100);

        Set<String> ann = resolved.stream().filter(e -> "ann".equals(e.userId) && e.itemId != null)
                .map(e -> e.type.wireName() + " " + e.itemId).collect(Collectors.toSet());
        assertEquals(Set.of("view tea", "add_to_cart tea", "view pot"), ann, "ann gets the anonymous history and what came after");
        assertTrue(resolved.stream().anyMatch(e -> "ann".equals(e.userId) && "a1".equals(e.mergedFrom) && "tea".equals(e.itemId)));
        assertTrue(resolved.stream().anyMatch(e -> e.type == EventType.VIEW && "bob".equals(e.userId)), "logged-in events pass");
        Set<String> forgotten = resolved.stream().filter(e -> e.type == EventType.FORGET_USER).map(e -> e.userId).collect(Collectors.toSet());
        assertEquals(Set.of("ann", "a1"), forgotten);
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Event, Event> anonymousSide() throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ResolveAnonymous(IdentityEvents.CONFIG)), (Event e) -> e.anonymousId, Types.STRING);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    @Test
    void aRestoredAnonymousSideReplaysOnceAndForgetsIdsUnseenTooLong() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = anonymousSide()) {
            h.open();
            h.processElement(anonymous(EventType.VIEW, "a1", "tea", 0), 0);
            h.processElement(anonymous(EventType.VIEW, "a2", "mug", 0), 0);
            snapshot = h.snapshot(1L, 0);
        }
        try (var restored = anonymousSide()) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(identify("ann", "a1", MINUTE), MINUTE);
            restored.processElement(identify("ann", "a1", 2 * MINUTE), 2 * MINUTE);
            List<String> out = restored.extractOutputValues().stream().map(e -> e.userId + " " + e.itemId + " " + e.mergedFrom).toList();
            assertEquals(List.of("ann tea a1"), out, "the history survived the restore and is merged once");
            long later = 31 * 86_400_000L;
            restored.processWatermark(later);
            assertEquals(0, restored.numEventTimeTimers());
            restored.processElement(identify("bob", "a2", later + 1), later + 1);
            assertEquals(1, restored.extractOutputValues().size(), "a2, unseen for 30 days, was forgotten: nothing to replay");
        }
    }
}
