package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.model.Event;
import org.streamrec.tools.config.EvalConfig;

/**
 * Chooses each baseline's setting on the events before the scored window only: every setting of
 * every tunable baseline is scored prequentially, in one pass, on the replay up to the window's
 * start, and the one with the highest HitRate@10 on the next interaction wins (the first listed on
 * a tie). With nothing before the window, each keeps its default.
 */
public final class BaselineTuning {
    /** How one setting scored on the tuning part. */
    public record Tried(String setting, double hitRate, double ndcg) {}

    /** The setting a baseline is scored with, and what was tried (empty when it was not tuned). */
    public record Choice(Baseline baseline, Variant chosen, List<Tried> tried) {
        public StreamingRecommender model() {
            return chosen.make().apply(baseline.name());
        }
    }

    private BaselineTuning() {}

    /**
     * @param replay the whole replay, in event-time order
     * @param scoredFrom where the scored window starts (epoch ms); only events before it are used
     */
    public static List<Choice> tune(List<Baseline> baselines, List<Event> replay, long scoredFrom, EvalConfig config,
                                    ProgressLine progress) {
        int cut = 0;
        while (cut < replay.size() && replay.get(cut).eventTime < scoredFrom) cut++;
        List<Event> before = replay.subList(0, cut);
        boolean anythingToTuneOn = before.stream().anyMatch(e -> !Target.NEXT_INTERACTION.items(e).isEmpty());

        List<StreamingRecommender> models = new ArrayList<>();
        for (Baseline b : baselines) {
            if (!b.tunable() || !anythingToTuneOn) continue;
            for (Variant v : b.variants()) models.add(v.make().apply(b.name() + "[" + v.setting() + "]"));
        }
        List<TargetScores> scores = models.isEmpty() ? List.of()
                : new PrequentialEvaluator(config).evaluate(before, models, new ScoreWindow(Long.MIN_VALUE, scoredFrom), progress);

        List<Choice> choices = new ArrayList<>();
        for (Baseline b : baselines) {
            List<Tried> tried = new ArrayList<>();
            Variant best = b.variants().get(0);
            double bestHitRate = -1;
            for (Variant v : b.variants()) {
                String name = b.name() + "[" + v.setting() + "]";
                for (TargetScores s : scores) {
                    if (!s.model().equals(name) || s.target() != Target.NEXT_INTERACTION) continue;
                    double hitRate = s.hitRate(TargetScores.REPORTED_K);
                    tried.add(new Tried(v.setting(), hitRate, s.ndcg(TargetScores.REPORTED_K)));
                    if (hitRate > bestHitRate) {
                        bestHitRate = hitRate;
                        best = v;
                    }
                }
            }
            choices.add(new Choice(b, best, tried));
        }
        return choices;
    }
}
