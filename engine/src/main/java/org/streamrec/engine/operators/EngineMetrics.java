package org.streamrec.engine.operators;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * The one naming scheme of the engine's own metrics: every metric sits in the operator's
 * {@code streamrec} group, and a label is a key/value group, so Flink's Prometheus reporter exports
 * {@code group.addGroup("reason", "bad_json").counter("deadLetters")} as
 * {@code flink_taskmanager_job_task_operator_streamrec_reason_deadLetters{reason="bad_json",...}}
 * (with several labels, their keys in order: {@code ..._streamrec_variant_kind_impressions}).
 * docs/operations.md lists every metric.
 */
public final class EngineMetrics {
    private EngineMetrics() {}

    /** The engine's group within an operator's metric group. */
    public static MetricGroup of(MetricGroup operatorGroup) {
        return operatorGroup.addGroup("streamrec");
    }

    /** A counter per combination of label values, created when the combination is first counted. */
    public static LabelledCounter counter(MetricGroup group, String name, String... labels) {
        return new LabelledCounter(group, name, labels);
    }

    /** One counter per value (or combination of values) of its labels. */
    public static final class LabelledCounter {
        private final MetricGroup group;
        private final String[] labels;
        private final String name;
        private final Map<List<String>, Counter> byValues = new HashMap<>();

        /** @param group from {@link EngineMetrics#of} */
        public LabelledCounter(MetricGroup group, String label, String name) {
            this(group, name, new String[] {label});
        }

        private LabelledCounter(MetricGroup group, String name, String[] labels) {
            if (labels.length == 0) throw new IllegalArgumentException(name + ": a labelled counter needs a label");
            this.group = group;
            this.name = name;
            this.labels = labels.clone();
        }

        public void inc(String value) {
            inc(value, 1);
        }

        public void inc(String value, long n) {
            add(n, value);
        }

        /** Adds {@code n} to the counter of these label values, one per label, in the labels' order. */
        public void add(long n, String... values) {
            counterOf(values).inc(n);
        }

        /** Exports the counter of these values at 0 before anything is counted, so rates start from the first event. */
        public void register(String... values) {
            counterOf(values);
        }

        private Counter counterOf(String... values) {
            if (values.length != labels.length) {
                throw new IllegalArgumentException(name + " has labels " + Arrays.toString(labels) + ", got " + Arrays.toString(values));
            }
            return byValues.computeIfAbsent(List.of(values), v -> {
                MetricGroup g = group;
                for (int i = 0; i < labels.length; i++) g = g.addGroup(labels[i], v.get(i));
                return g.counter(name);
            });
        }
    }
}
