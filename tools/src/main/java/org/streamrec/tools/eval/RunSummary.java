package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.List;
import org.streamrec.tools.config.EvalConfig;
import org.streamrec.tools.config.ReminderEvalConfig;

/**
 * What a report says about how its numbers came about: the data, what was scored, the baselines'
 * settings (as tuned), and the hit rates per bucket of time when asked for (timeline, else null) (the reminder baselines remind {@code reminderLeadTime} ahead, like the engine).
 */
public record RunSummary(
        String format,
        String input,
        long events,
        long users,
        long rejectedRows,
        List<String> rejectedExamples,
        TimeSpan span,
        ScoreWindow window,
        long knnTrainedBefore,
        long unplacedEngineLists,
        List<BaselineTuning.Choice> baselines,
        Timeline timeline,
        EvalConfig config,
        ReminderEvalConfig reminderEval,
        Duration reminderLeadTime,
        double engineMinConfidence,
        List<ReminderCurves.Curve> reminderCurves) {}
