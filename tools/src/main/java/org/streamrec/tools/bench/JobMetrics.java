package org.streamrec.tools.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateLatencyTrackOptions;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Histogram;

/** Flink's own metrics of one running job on a bench cluster, as {@link InProcessMetrics} holds them. */
final class JobMetrics {
    /**
     * Keyed-state latency tracking times one access in this many, and its histograms count the timed
     * ones. 1 would time every access, but Flink 2.2.0 then times none (FLINK-39790: the sampling
     * counter never reaches 1), so every other access is timed and the counts doubled, at most one
     * too many per state and operation.
     */
    static final int STATE_SAMPLE_INTERVAL = 2;
    /** Walking a map state's entries calls hasNext and next per entry: next is the access, hasNext is not counted. */
    private static final String NOT_AN_ACCESS = "mapStateIteratorHasNextLatency";

    private final List<InProcessMetrics.Registered> registered;

    private JobMetrics(List<InProcessMetrics.Registered> registered) {
        this.registered = registered;
    }

    /**
     * The metrics the job's tasks have registered so far. Their values stay readable after the job
     * ends (Flink then unregisters them); metrics registered later are not seen.
     */
    static JobMetrics registeredBy(JobID job) {
        return new JobMetrics(InProcessMetrics.ofJob(job));
    }

    /** Turns on Flink's keyed-state latency tracking, whose histograms count the accesses. */
    static void trackStateAccesses(Configuration conf) {
        conf.set(StateLatencyTrackOptions.LATENCY_TRACK_ENABLED, true);
        conf.set(StateLatencyTrackOptions.LATENCY_TRACK_SAMPLE_INTERVAL, STATE_SAMPLE_INTERVAL);
        conf.set(StateLatencyTrackOptions.LATENCY_TRACK_STATE_NAME_AS_VARIABLE, true);
        conf.set(StateLatencyTrackOptions.LATENCY_TRACK_HISTORY_SIZE, 16);
    }

    /** The sum of an operator-level counter (e.g. numRecordsOut) over every operator and subtask. */
    long operatorCounter(String name) {
        return counterSum(name, true);
    }

    /** The sum of one operator's counter (e.g. "Source: events", numRecordsOut) over its subtasks. */
    long operatorCounter(String name, String operatorName) {
        long sum = 0;
        for (InProcessMetrics.Registered r : registered) {
            if (r.name().equals(name) && operatorName.equals(r.variables().get("<operator_name>")) && r.metric() instanceof Counter c) {
                sum += c.getCount();
            }
        }
        return sum;
    }

    /** The sum of a task-level counter over every task (a chain of operators) and subtask. */
    long taskCounter(String name) {
        return counterSum(name, false);
    }

    private long counterSum(String name, boolean operatorLevel) {
        long sum = 0;
        for (InProcessMetrics.Registered r : registered) {
            boolean isOperator = r.variables().containsKey("<operator_id>");
            if (r.name().equals(name) && isOperator == operatorLevel && r.metric() instanceof Counter c) sum += c.getCount();
        }
        return sum;
    }

    /** The sum of a numeric gauge over every subtask that registered it; empty if none did. */
    Optional<Long> gaugeSum(String name) {
        long sum = 0;
        boolean found = false;
        for (InProcessMetrics.Registered r : registered) {
            if (r.name().equals(name) && r.metric() instanceof Gauge<?> g && g.getValue() instanceof Number n) {
                sum += n.longValue();
                found = true;
            }
        }
        return found ? Optional.of(sum) : Optional.empty();
    }

    /** Keyed-state accesses so far (needs {@link #trackStateAccesses}), by operator name. */
    Map<String, Long> stateAccessesByOperator() {
        Map<String, Long> byOperator = new TreeMap<>();
        for (InProcessMetrics.Registered r : registered) {
            if (r.variables().containsKey("<state_name>") && r.name().endsWith("Latency") && !r.name().equals(NOT_AN_ACCESS)
                    && r.metric() instanceof Histogram h) {
                byOperator.merge(r.variables().get("<operator_name>"), STATE_SAMPLE_INTERVAL * h.getCount(), Long::sum);
            }
        }
        return byOperator;
    }

    /**
     * A histogram registered under {@code group} (e.g. the engine's {@code streamrec}) by every
     * subtask, their recent values merged; empty if no subtask registered it.
     */
    Optional<Distribution> histogram(String group, String name) {
        List<long[]> windows = new ArrayList<>();
        long seen = 0;
        for (InProcessMetrics.Registered r : registered) {
            if (r.name().equals(name) && r.identifier().contains("." + group + ".") && r.metric() instanceof Histogram h) {
                windows.add(h.getStatistics().getValues());
                seen += h.getCount();
            }
        }
        return windows.isEmpty() ? Optional.empty() : Optional.of(Distribution.of(windows, seen));
    }
}
