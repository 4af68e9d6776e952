package org.streamrec.tools.upgrade;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.job.RecommendationJob;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.tools.local.CollectingSink;
import org.streamrec.tools.local.HoldAfter;
import org.streamrec.tools.local.ReplaySource;

/**
 * One build of the job on a MiniCluster of its own, fed one part of the {@link UpgradeScenario}.
 * The source is one sequence over both parts, held after the part this run feeds: a savepoint keeps
 * its position, so a run restored from it goes on exactly where the stopped one ended. The job does
 * not restart on failure, so a state it cannot restore fails the run at once, with the cause.
 */
final class UpgradeRun implements AutoCloseable {
    /** The source's sequence: longer than both parts, which is all a restored position needs. */
    private static final long SEQUENCE = 1_000_000;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    final CollectingSink<Recommendation> lists = new CollectingSink<>();
    final CollectingSink<Reminder> reminders = new CollectingSink<>();
    final CollectingSink<DeadLetter> deadLetters = new CollectingSink<>();
    private final ReplaySource source;
    private final MiniCluster cluster;
    private final JobID job;

    private UpgradeRun(EngineConfig config, List<Event> part, double perSecond, String savepoint, boolean addedOperator) throws Exception {
        source = new ReplaySource(SEQUENCE, payloads(EventCodec.of(config)), EventCodec.of(config), new HoldAfter(part.size(), perSecond));
        Configuration flink = RecommendationJob.flinkConfiguration(config);
        flink.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        cluster = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(flink)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(1).withRandomPorts().build());
        cluster.start();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        RecommendationJob.assemble(env, config, JobIO.reading(source.source())
                .recommendations(addedOperator ? new WithAddedOperator(lists) : lists)
                .reminders(reminders).deadLetters(deadLetters).build());
        JobGraph graph = env.getStreamGraph().getJobGraph();
        if (savepoint != null) graph.setSavepointRestoreSettings(SavepointRestoreSettings.forPath(savepoint, false));
        job = cluster.submitJob(graph).get().getJobID();
    }

    /**
     * The first build, from no state, fed the part before the stop. Paced, so that what the item side
     * learns reaches the rankings (as published cards) while the shop goes on, as it would in a shop.
     */
    static UpgradeRun first(EngineConfig config) throws Exception {
        return new UpgradeRun(config, UpgradeScenario.beforeStop(), 10, null, false);
    }

    /**
     * The next build, from {@code savepoint} with no state left behind, fed the part after the
     * restore, two seconds apart: the rankings' item index is not state but republished from the
     * restored item side, which takes a moment after the start (longer on a loaded machine).
     */
    static UpgradeRun restored(EngineConfig config, String savepoint, boolean addedOperator) throws Exception {
        return new UpgradeRun(config, UpgradeScenario.afterRestore(), 0.5, savepoint, addedOperator);
    }

    /** Both parts, one after the other, as the records of one sequence. */
    private static ReplaySource.Payloads payloads(EventCodec codec) {
        List<Event> all = new ArrayList<>(UpgradeScenario.beforeStop());
        all.addAll(UpgradeScenario.afterRestore());
        byte[][] encoded = all.stream().map(codec::encode).toArray(byte[][]::new);
        return index -> encoded[(int) index];
    }

    /** Waits until every interaction of {@code part} has its list. */
    void awaitListsFor(List<Event> part) throws Exception {
        Set<String> interactions = part.stream().filter(e -> e.type.isInteraction()).map(e -> e.eventId).collect(Collectors.toSet());
        await(() -> answered().containsAll(interactions), () -> "lists for " + interactions + ", got them for " + answered());
    }

    /** The events that have a list. */
    Set<String> answered() {
        return lists.collected().stream().filter(r -> !Recommendation.ANY_USER.equals(r.userId))
                .map(r -> r.triggerEventId).collect(Collectors.toSet());
    }

    /** Waits until the reminders include one for each of {@code users}. */
    void awaitRemindersFor(List<String> users) throws Exception {
        await(() -> remindedUsers().containsAll(users), () -> "reminders for " + users + ", got " + remindedUsers());
    }

    List<String> remindedUsers() {
        return reminders.collected().stream().map(r -> r.userId).toList();
    }

    /** The user's lists, in the order they came. */
    List<Recommendation> listsOf(String user) {
        return lists.collected().stream().filter(r -> user.equals(r.userId)).toList();
    }

    /** Stops the job with a savepoint in the canonical format (what any state backend restores) and returns its path. */
    String stopWithSavepoint(String directory) throws Exception {
        return cluster.stopWithSavepoint(job, directory, false, SavepointFormatType.CANONICAL).get(PATIENCE.toMinutes(), TimeUnit.MINUTES);
    }

    private void await(BooleanSupplier done, Supplier<String> awaited) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            JobStatus status = cluster.getJobStatus(job).get();
            if (status.isGloballyTerminalState()) {
                cluster.requestJobResult(job).get().toJobExecutionResult(getClass().getClassLoader());
                throw new AssertionError("the job ended (" + status + ") while waiting for " + awaited.get());
            }
            if (System.nanoTime() > deadline) throw new AssertionError("no " + awaited.get() + " within " + PATIENCE);
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (!cluster.getJobStatus(job).get().isGloballyTerminalState()) cluster.cancelJob(job).get();
        } finally {
            cluster.close();
            lists.release();
            reminders.release();
            deadLetters.release();
            source.release();
        }
    }
}
