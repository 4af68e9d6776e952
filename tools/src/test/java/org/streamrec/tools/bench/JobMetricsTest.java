package org.streamrec.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;
import org.streamrec.tools.local.HoldAfter;
import org.streamrec.engine.operators.EngineMetrics;

/**
 * Flink's own metrics of a small job, read as the bench reads them: a histogram in the engine's
 * streamrec group, records out, and keyed-state accesses counted by Flink's latency tracking.
 */
class JobMetricsTest {
    private static final long EVENTS = 1000;

    /** Records each value in a streamrec histogram, as the engine's rank operator will its freshness. */
    private static final class Freshness extends RichMapFunction<Long, Long> {
        private transient Histogram histogram;

        @Override
        public void open(OpenContext ctx) {
            histogram = EngineMetrics.of(getRuntimeContext().getMetricGroup())
                    .histogram(EngineTarget.FRESHNESS, new DescriptiveStatisticsHistogram(10_000));
        }

        @Override
        public Long map(Long value) {
            histogram.update(value);
            return value;
        }
    }

    /** One value state read and written per record: two accesses. */
    private static final class ReadAndWrite extends KeyedProcessFunction<Long, Long, Long> {
        private transient ValueState<Long> last;

        @Override
        public void open(OpenContext ctx) {
            last = getRuntimeContext().getState(new ValueStateDescriptor<>("last", Types.LONG));
        }

        @Override
        public void processElement(Long value, Context ctx, Collector<Long> out) throws Exception {
            last.value();
            last.update(value);
        }
    }

    @Test
    void readsTheEnginesHistogramRecordsOutAndEveryStateAccess() throws Exception {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        JobMetrics.trackStateAccesses(conf);
        try (BenchCluster cluster = new BenchCluster(conf, 1)) {
            StreamExecutionEnvironment env = cluster.environment();
            env.setParallelism(1);
            // One record more than is let through: the job keeps running, so its metrics stay registered.
            env.fromSource(new DataGeneratorSource<>(i -> i, EVENTS + 1, new HoldAfter(EVENTS), Types.LONG),
                            WatermarkStrategy.noWatermarks(), "numbers")
                    .map(new Freshness()).name("freshness")
                    .keyBy(v -> v % 10)
                    .process(new ReadAndWrite()).name("read and write")
                    .sinkTo(new DiscardingSink<>());
            JobID job = cluster.submit(env, "job metrics test");
            cluster.awaitRunning(job);

            long deadline = System.nanoTime() + 60_000_000_000L;
            Optional<Distribution> freshness = Optional.empty();
            while (System.nanoTime() < deadline) {
                freshness = JobMetrics.registeredBy(job).histogram(EngineTarget.FRESHNESS_GROUP, EngineTarget.FRESHNESS);
                if (freshness.isPresent() && freshness.get().seen() == EVENTS
                        && JobMetrics.registeredBy(job).stateAccessesByOperator().values().stream().mapToLong(Long::longValue).sum()
                        >= 2 * EVENTS) {
                    break;
                }
                Thread.sleep(100);
            }
            JobMetrics metrics = JobMetrics.registeredBy(job);
            cluster.cancel(job);

            assertTrue(freshness.isPresent(), "the streamrec histogram was found");
            assertEquals(EVENTS, freshness.get().seen());
            assertEquals(EVENTS, freshness.get().sampled());
            assertEquals(500, freshness.get().p50(), 1);
            assertEquals(990, freshness.get().p99(), 1);
            assertEquals(999, freshness.get().max());
            Map<String, Long> accesses = metrics.stateAccessesByOperator();
            assertEquals(1, accesses.size(), accesses.toString());
            long counted = accesses.get("read and write");
            // Every other access is timed, per key group of state and operation: at most one too many each.
            assertTrue(counted >= 2 * EVENTS && counted <= 2 * EVENTS + 2, "2 accesses per record, counted " + counted);
            assertEquals(EVENTS, metrics.operatorCounter("numRecordsOut", "freshness"));
            assertTrue(metrics.operatorCounter("numRecordsOut") >= 2 * EVENTS, "the source and freshness each emit them");
        }
    }
}
