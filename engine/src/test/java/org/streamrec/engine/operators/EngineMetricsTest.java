package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.testutils.MetricListener;
import org.junit.jupiter.api.Test;

class EngineMetricsTest {
    private final MetricListener metrics = new MetricListener();

    @Test
    void aLabelIsAKeyValueGroupUnderStreamrec() {
        var deadLetters = RouteDeadLetters.deadLetterCounter(EngineMetrics.of(metrics.getMetricGroup()));
        deadLetters.inc(RouteDeadLetters.reasonLabel("bad_json: Unexpected character"));
        deadLetters.inc(RouteDeadLetters.reasonLabel("bad_json"));
        deadLetters.inc(RouteDeadLetters.reasonLabel("something new"));

        assertEquals(2, count("streamrec", "reason", "bad_json", "deadLetters"));
        assertEquals(1, count("streamrec", "reason", "other", "deadLetters"));
        // Registered up front, so a rate over it exists before the first dead letter.
        assertEquals(0, count("streamrec", "reason", "future_time", "deadLetters"));
    }

    @Test
    void severalLabelsNestInTheirOrder() {
        var conversions = EngineMetrics.counter(EngineMetrics.of(metrics.getMetricGroup()), "attributedConversions",
                "variant", "kind", "action");
        conversions.add(1, "cooc-v1", "list", "purchase");
        conversions.add(2, "cooc-v1", "list", "purchase");
        conversions.add(1, "holdout", "list", "purchase");

        assertEquals(3, count("streamrec", "variant", "cooc-v1", "kind", "list", "action", "purchase", "attributedConversions"));
        assertEquals(1, count("streamrec", "variant", "holdout", "kind", "list", "action", "purchase", "attributedConversions"));
        assertTrue(metrics.getCounter("streamrec", "variant", "holdout", "kind", "list", "action", "click",
                "attributedConversions").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> conversions.add(1, "cooc-v1", "list"));
    }

    private long count(String... path) {
        return metrics.getCounter(path).map(Counter::getCount).orElseThrow(() -> new AssertionError("no counter " + String.join(".", path)));
    }
}
