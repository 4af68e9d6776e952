package org.streamrec.tools.bench;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * A Flink metric reporter that keeps every registered metric object in this JVM, so the benchmarks
 * read Flink's own counters, gauges and histograms of a MiniCluster job directly, live, without a
 * scrape. Flink finds the factory through {@code META-INF/services}; {@link #register} names it in
 * a cluster's configuration.
 */
public final class InProcessMetrics implements MetricReporter {
    private static final String REPORTER = "streamrec-bench";
    private static final Map<Key, Registered> REGISTERED = new ConcurrentHashMap<>();

    /** One metric with its name and its group's variables ({@code <job_id>}, {@code <operator_name>}, ...). */
    record Registered(Metric metric, String name, String identifier, Map<String, String> variables) {
        boolean inJob(JobID job) {
            return job.toHexString().equals(variables.get("<job_id>"));
        }
    }

    private record Key(String name, Map<String, String> variables) {}

    /** Found by Flink's reporter set-up through the service loader. */
    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new InProcessMetrics();
        }
    }

    static void register(Configuration conf) {
        conf.setString("metrics.reporter." + REPORTER + ".factory.class", Factory.class.getName());
    }

    /** What the job's tasks have registered and not yet removed (a cancelled job's metrics go). */
    static List<Registered> ofJob(JobID job) {
        return REGISTERED.values().stream().filter(r -> r.inJob(job)).toList();
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        Map<String, String> variables = Map.copyOf(group.getAllVariables());
        REGISTERED.put(new Key(name, variables), new Registered(metric, name, group.getMetricIdentifier(name), variables));
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        REGISTERED.remove(new Key(name, Map.copyOf(group.getAllVariables())));
    }
}
