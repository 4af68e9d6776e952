package org.streamrec.eval;

import java.util.List;
import org.streamrec.config.EvalConfig;

/**
 * What a report says about how its numbers came about: the data, what was scored, the baselines'
 * settings.
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
        EvalConfig config) {}
