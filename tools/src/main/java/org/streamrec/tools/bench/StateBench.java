package org.streamrec.tools.bench;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.tools.local.HoldAfter;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.local.ReplaySource;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.model.IngestRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.streamrec.engine.job.RecommendationJob;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;

/**
 * State size: feeds the job a fixed number of events at parallelism 1 (so exactly events
 * 0..n-1 are read), holds the source, waits for the pipeline to drain, takes a checkpoint and
 * reads each operator's state size from its statistics.
 */
final class StateBench {
    /** Operators keyed by user and by item, as named in RecommendationJob. */
    private static final String[] USER_KEYED = {"user profile"};
    private static final String[] ITEM_KEYED = {"count items", "item neighbours"};
    private static final long QUIET_MS = 2_000;

    private final EngineConfig config;
    private final PrintStream console;

    StateBench(EngineConfig config, PrintStream console) {
        this.config = config.withRuntime(config.runtime().withParallelism(1));
        this.console = console;
    }

    StateResult measure(BenchWorkload workload, long events) throws Exception {
        ReplaySource source = new ReplaySource(events + 1, workload::wire,
                EventCodec.of(config), new HoldAfter(events));
        CompletionSink recommendations = new CompletionSink(0, events);
        try (BenchCluster cluster = new BenchCluster(RecommendationJob.flinkConfiguration(config), 1)) {
            StreamExecutionEnvironment env = cluster.environment();
            RecommendationJob.assemble(env, config,
                    JobIO.reading(source.source()).recommendations(recommendations).build());
            JobID job = cluster.submit(env, "streamrec bench state (" + workload.users() + " users)");
            ThroughputBench.awaitEmitted(cluster, job, source, events, console);
            awaitQuiet(recommendations);
            Map<String, Long> sizes = cluster.checkpointSizes(job);
            cluster.cancel(job);
            return result(workload, events, sizes);
        } finally {
            source.release();
            recommendations.release();
        }
    }

    /** Waits until no recommendation has come out for a while: the last events have gone through. */
    private static void awaitQuiet(CompletionSink recommendations) throws InterruptedException {
        long seen = -1;
        while (recommendations.log().lists() != seen) {
            seen = recommendations.log().lists();
            Thread.sleep(QUIET_MS);
        }
    }

    private static StateResult result(BenchWorkload workload, long events, Map<String, Long> sizes) {
        Set<String> users = new HashSet<>();
        Set<String> items = new HashSet<>();
        for (long i = 0; i < events; i++) {
            Event e = workload.event(i);
            users.add(e.userId);
            if (e.itemId != null) items.add(e.itemId);
            if (e.lines != null) for (OrderLine line : e.lines) items.add(line.itemId);
        }
        long userBytes = 0;
        long itemBytes = 0;
        long otherBytes = 0;
        for (Map.Entry<String, Long> operator : sizes.entrySet()) {
            if (names(operator.getKey(), USER_KEYED)) userBytes += operator.getValue();
            else if (names(operator.getKey(), ITEM_KEYED)) itemBytes += operator.getValue();
            else otherBytes += operator.getValue();
        }
        return new StateResult(workload.users(), workload.items(), events, users.size(), items.size(),
                userBytes, itemBytes, otherBytes, sizes);
    }

    private static boolean names(String vertexName, String[] operators) {
        for (String operator : operators) {
            if (vertexName.contains(operator)) return true;
        }
        return false;
    }
}
