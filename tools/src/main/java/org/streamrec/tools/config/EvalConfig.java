package org.streamrec.tools.config;

import org.streamrec.config.Problems;

import java.io.Serializable;
import java.time.Duration;

/**
 * The prequential evaluation behind {@code ./recs eval}: what is scored and how the baselines are
 * built. Keys under {@code eval.}; documented in defaults.yaml. Fractions are of the dataset's time
 * span (first to last interaction, ignoring the 0.1% most extreme timestamps at each end).
 */
public record EvalConfig(
        Duration sessionGap,
        int excludeLastEvents,
        double scoreFrom,
        double scoreUntil,
        Duration trendingWindow,
        double knnTrainFraction,
        int knnNeighbours,
        int knnSeedItems,
        Duration answerTimeout,
        int bootstrapSamples,
        long bootstrapSeed) implements Serializable {

    void validate(Problems p) {
        p.positive("sessionGap", sessionGap);
        p.atLeast("excludeLastEvents", excludeLastEvents, 0);
        p.range("scoreFrom", scoreFrom, 0, 1);
        p.range("scoreUntil", scoreUntil, 0, 1);
        if (scoreFrom >= scoreUntil) {
            p.add("scoreUntil", "must be greater than scoreFrom (" + scoreFrom + "), got " + scoreUntil);
        }
        p.positive("trendingWindow", trendingWindow);
        if (!(knnTrainFraction > 0 && knnTrainFraction < 1)) {
            p.add("knnTrainFraction", "must be strictly between 0 and 1, got " + knnTrainFraction);
        }
        p.positive("knnNeighbours", knnNeighbours);
        p.positive("knnSeedItems", knnSeedItems);
        p.positive("answerTimeout", answerTimeout);
        p.atLeast("bootstrapSamples", bootstrapSamples, 100);
    }
}
