package org.streamrec.engine.operators;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * The one naming scheme of the engine's own metrics: every metric sits in the operator's
 * {@code streamrec} group, and a label is a key/value group, so Flink's Prometheus reporter exports
 * {@code group.addGroup("reason", "bad_json").counter("deadLetters")} as
 * {@code flink_taskmanager_job_task_operator_streamrec_reason_deadLetters{reason="bad_json",...}}.
 * docs/operations.md lists every metric.
 */
public final class EngineMetrics {
    private EngineMetrics() {}

    /** The engine's group within an operator's metric group. */
    public static MetricGroup of(MetricGroup operatorGroup) {
        return operatorGroup.addGroup("streamrec");
    }

    /** One counter per value of a label, created when the value is first counted. */
    public static final class LabelledCounter {
        private final MetricGroup group;
        private final String label;
        private final String name;
        private final Map<String, Counter> byValue = new HashMap<>();

        /** @param group from {@link EngineMetrics#of} */
        public LabelledCounter(MetricGroup group, String label, String name) {
            this.group = group;
            this.label = label;
            this.name = name;
        }

        public void inc(String value) {
            inc(value, 1);
        }

        public void inc(String value, long n) {
            byValue.computeIfAbsent(value, v -> group.addGroup(label, v).counter(name)).inc(n);
        }
    }
}
