package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.ItemPopularity;
import org.streamrec.engine.trending.TrendingList;

/** Boards go out when they change, and all of them once after a restore (the rankings keep them on the heap). */
// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class RankTrendingTest {
    private static KeyedOneInputStreamOperatorTestHarness<String, ItemPopularity, TrendingList> harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(new RankTrending(2), p -> p.board, Types.STRING);
    }

    private static Map<String, List<String>> boards(KeyedOneInputStreamOperatorTestHarness<String, ItemPopularity, TrendingList> h) {
        Map<String, List<String>> boards = new TreeMap<>();
        for (TrendingList list : h.extractOutputValues()) boards.put(list.board, list.items.stream().map(t -> t.itemId).toList());
        h.getOutput().clear();
        return boards;
    }

    @Test
    void aRestoredOperatorSendsEveryBoardOnce() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            h.processElement(new ItemPopularity("tea", "a", 3), 1);
            h.processElement(new ItemPopularity("tea", "b", 5), 2);
            h.processElement(new ItemPopularity("", "a", 3), 3);
            h.processElement(new ItemPopularity("tea", "c", 1), 4);
            assertEquals(Map.of("", List.of("a"), "tea", List.of("b", "a")), boards(h));
            snapshot = h.snapshot(1, 5);
        }
        try (var restored = harness()) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            assertEquals(Map.of(), boards(restored));
            restored.setProcessingTime(1);
            assertEquals(Map.of("", List.of("a"), "tea", List.of("b", "a")), boards(restored));
        }
    }
}
