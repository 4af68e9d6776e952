package org.streamrec.tools.eval;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.streamrec.config.Durations;
import org.streamrec.config.EngineConfig;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.local.CollectingSink;
import org.streamrec.tools.local.ReplaySource;
import org.streamrec.tools.local.UserTurns;
import org.streamrec.tools.local.LocalJob;
import org.streamrec.engine.codec.EventCodec;
import org.streamrec.engine.job.JobIO;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;

/**
 * The real engine for {@code ./recs eval}: the production job graph on a local MiniCluster with
 * RocksDB and no holdout, fed by a replay of the dataset through the wire codec, at parallelism 1
 * so the replay keeps its event-time order, and taking turns ({@link UserTurns}): a user's next
 * interaction is learnt only after the list for the previous one was emitted. Returns the lists and
 * the reminders; prints a progress line while it replays.
 */
public final class FlinkEngineReplay implements EngineReplay {
    private static final long PROGRESS_INTERVAL_MS = 2_000;

    private final PrintStream out;

    public FlinkEngineReplay(PrintStream out) {
        this.out = out;
    }

    private static boolean finished(CompletableFuture<JobExecutionResult> result) throws Exception {
        try {
            result.get(PROGRESS_INTERVAL_MS, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        }
    }

    @Override
    public ReplayOutput replay(List<Event> events, LaunchConfig launch) throws Exception {
        EngineConfig config = launch.engine();
        Duration answerTimeout = launch.tools().eval().answerTimeout();
        // The quality figures are the engine's own: a holdout would dilute them with trending lists.
        EngineConfig replayConfig = config.withRuntime(config.runtime().withParallelism(1)).withoutHoldout();
        UserTurns turns = new UserTurns(events, answerTimeout.toMillis());
        ReplaySource source = new ReplaySource(events, EventCodec.of(config), turns);
        CollectingSink<Recommendation> recommendations = new CollectingSink<>(turns::answered);
        CollectingSink<Reminder> reminders = new CollectingSink<>();
        CollectingSink<Message> messages = new CollectingSink<>();
        CollectingSink<DeadLetter> deadLetters = new CollectingSink<>();
        try {
            long start = System.currentTimeMillis();
            JobClient job = LocalJob.start(replayConfig,
                    JobIO.reading(source.source()).recommendations(recommendations).reminders(reminders).messages(messages).deadLetters(deadLetters).build(), "streamrec eval replay");
            CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
            while (!finished(result)) {
                long done = source.emitted();
                double seconds = (System.currentTimeMillis() - start) / 1000.0;
                out.printf("engine replay: %,d / %,d events (%.0f%%), %,.0f events/s, %,d lists and %,d reminders emitted%n",
                        done, events.size(), 100.0 * done / events.size(), done / seconds,
                        recommendations.collected().size(), reminders.collected().size());
            }
            result.get();
            out.printf("engine replay: %,d interactions waited for the list of their user's previous one, %,d of them"
                    + " went ahead after eval.answerTimeout (%s) without it%n",
                    turns.waited(), turns.timedOut(), Durations.format(answerTimeout));
            if (!deadLetters.collected().isEmpty()) {
                out.printf("engine replay: %,d events were rejected, first: %s%n",
                        deadLetters.collected().size(), deadLetters.collected().get(0).reason);
            }
            return new ReplayOutput(recommendations.collected(), reminders.collected(), messages.collected(), turns.unanswered());
        } finally {
            source.release();
            turns.release();
            recommendations.release();
            reminders.release();
            messages.release();
            deadLetters.release();
        }
    }
}
