package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The bundle sends one record per key on size, on its interval, on watermarks and before every barrier; so a restore loses nothing. */
// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class BundleOperatorTest {
    /** "key=n" records, summed per key. */
    static final class SumPerKey implements BundleFunction<String, String[], String> {
        @Override
        public String key(String in) {
            return in.substring(0, in.indexOf('='));
        }

        @Override
        public String[] add(String[] acc, String in) {
            long n = Long.parseLong(in.substring(in.indexOf('=') + 1));
            return new String[] {key(in), Long.toString(n + (acc == null ? 0 : Long.parseLong(acc[1])))};
        }

        @Override
        public String finish(String[] acc) {
            return acc[0] + "=" + acc[1];
        }
    }

    private static OneInputStreamOperatorTestHarness<String, String> harness(int maxKeys) throws Exception {
        return new OneInputStreamOperatorTestHarness<>(new BundleOperator<>(new SumPerKey(), maxKeys, 1_000));
    }

    private static List<String> values(OneInputStreamOperatorTestHarness<String, String> h) {
        List<String> out = new ArrayList<>(h.extractOutputValues());
        out.sort(null);
        h.getOutput().clear();
        return out;
    }

    @Test
    void mergesPerKeyAndSendsWhenTheBundleIsFull() throws Exception {
        try (var h = harness(2)) {
            h.open();
            h.processElement("a=1", 1);
            h.processElement("a=2", 2);
            assertEquals(List.of(), values(h));
            h.processElement("b=5", 3);
            assertEquals(List.of("a=3", "b=5"), values(h));
        }
    }

    @Test
    void sendsEveryIntervalAndBeforeAWatermark() throws Exception {
        try (var h = harness(100)) {
            h.open();
            h.processElement("a=1", 1);
            h.setProcessingTime(1_000);
            assertEquals(List.of("a=1"), values(h));
            h.processElement("a=4", 2);
            h.processWatermark(new Watermark(2));
            List<Object> out = new ArrayList<>(h.getOutput());
            assertEquals("a=4", ((StreamRecord<?>) out.get(0)).getValue(), "the bundle goes out before the watermark");
            assertEquals(new Watermark(2), out.get(1));
        }
    }

    @Test
    void emptiesBeforeEachBarrierSoARestoreLosesNothing() throws Exception {
        Map<String, Long> sent = new TreeMap<>();
        OperatorSubtaskState snapshot;
        try (var h = harness(100)) {
            h.open();
            for (int i = 0; i < 50; i++) h.processElement("k" + (i % 7) + "=" + i, i);
            h.prepareSnapshotPreBarrier(1);
            snapshot = h.snapshot(1, 50);
            addUp(values(h), sent);
            h.processElement("k0=1000", 51); // after the barrier, lost with this attempt, replayed by the source
        }
        try (var restored = harness(100)) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            for (int i = 50; i < 100; i++) restored.processElement("k" + (i % 7) + "=" + i, i);
            restored.endInput();
            addUp(values(restored), sent);
        }
        Map<String, Long> expected = new TreeMap<>();
        for (int i = 0; i < 100; i++) expected.merge("k" + (i % 7), (long) i, Long::sum);
        assertEquals(expected, sent);
        assertTrue(snapshot.getManagedOperatorState().isEmpty(), "a bundle needs no state of its own");
    }

    private static void addUp(List<String> values, Map<String, Long> into) {
        for (String v : values) into.merge(v.substring(0, v.indexOf('=')), Long.parseLong(v.substring(v.indexOf('=') + 1)), Long::sum);
    }
}
