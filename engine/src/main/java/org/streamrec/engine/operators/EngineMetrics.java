package org.streamrec.engine.operators;

import java.util.HashMap;
import java.util.List;
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

    /** One counter per value of a label (or per combination of values of several labels), created when first counted. */
    public static final class LabelledCounter {
        private final MetricGroup group;
        private final List<String> labels;
        private final String name;
        private final Map<List<String>, Counter> byValues = new HashMap<>();

        /** @param group from {@link EngineMetrics#of} */
        public LabelledCounter(MetricGroup group, String label, String name) {
            this(group, List.of(label), name);
        }

        /** A counter with several labels, e.g. {@code kind} and {@code reason}. */
        public LabelledCounter(MetricGroup group, List<String> labels, String name) {
            this.group = group;
            this.labels = List.copyOf(labels);
            this.name = name;
        }

        public void inc(String value) {
            inc(value, 1);
        }

        public void inc(String value, long n) {
            count(List.of(value), n);
        }

        /** Counts one for the given values, one per label in the order the labels were given. */
        public void incFor(String... values) {
            count(List.of(values), 1);
        }

        private void count(List<String> values, long n) {
            if (values.size() != labels.size()) {
                throw new IllegalArgumentException(name + " has labels " + labels + ", got values " + values);
            }
            byValues.computeIfAbsent(values, v -> {
                MetricGroup g = group;
                for (int i = 0; i < labels.size(); i++) g = g.addGroup(labels.get(i), v.get(i));
                return g.counter(name);
            }).inc(n);
        }
    }
}
