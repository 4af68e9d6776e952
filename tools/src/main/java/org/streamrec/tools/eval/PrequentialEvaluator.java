package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.streamrec.tools.config.EvalConfig;
import org.streamrec.engine.model.Event;

/**
 * Prequential (test, then learn) scoring of several models over one replay, in one pass. For each
 * event, in order: the items to score are chosen ({@link ScoringTargets}); if there are any and the
 * event lies in the score window, every model is asked for the user's top {@link TargetScores#MAX_K}
 * and each item is scored against that list ({@link ScoreSheet}); then every model learns the event.
 * Events outside the {@link ScoreWindow} are learned but not scored.
 */
public final class PrequentialEvaluator {
    private final EvalConfig config;

    public PrequentialEvaluator(EvalConfig config) {
        this.config = config;
    }

    /** Scores per model and target, models in the given order, then targets in {@link Target} order. */
    public List<TargetScores> evaluate(List<Event> replay, List<StreamingRecommender> models, ProgressLine progress) {
        return evaluate(replay, models, ScoreWindow.of(config,
                TimeSpan.of(replay).orElseThrow(() -> new IllegalArgumentException("the replay has no interactions"))), progress);
    }

    /** The same, scoring only the events in {@code window}. */
    public List<TargetScores> evaluate(List<Event> replay, List<StreamingRecommender> models, ScoreWindow window,
                                       ProgressLine progress) {
        return evaluate(replay, models, window, null, progress);
    }

    /** The same, also counting each model's next-interaction hits at 10 per bucket of {@code timeline} (null for none). */
    public List<TargetScores> evaluate(List<Event> replay, List<StreamingRecommender> models, ScoreWindow window,
                                       Timeline timeline, ProgressLine progress) {
        ScoringTargets targets = new ScoringTargets(config.sessionGap(), config.excludeLastEvents());
        Map<String, Map<Target, ScoreSheet>> sheets = new LinkedHashMap<>();
        for (StreamingRecommender m : models) {
            Map<Target, ScoreSheet> byTarget = new LinkedHashMap<>();
            for (Target t : Target.values()) byTarget.put(t, new ScoreSheet());
            if (sheets.put(m.name(), byTarget) != null) throw new IllegalArgumentException("two models named " + m.name());
        }
        Set<String> itemsSeen = new HashSet<>();
        Map<String, Integer> userIndex = new HashMap<>();

        for (int i = 0; i < replay.size(); i++) {
            Event e = replay.get(i);
            itemsSeen.addAll(Target.NEXT_INTERACTION.items(e));
            Map<Target, List<String>> toScore = targets.next(e);
            if (!toScore.isEmpty() && window.contains(e.eventTime)) {
                int user = userIndex.computeIfAbsent(e.userId, u -> userIndex.size());
                for (StreamingRecommender m : models) {
                    List<String> list = m.recommend(e.userId, TargetScores.MAX_K);
                    toScore.forEach((target, items) -> items.forEach(item -> sheets.get(m.name()).get(target).add(user, list, item)));
                    if (timeline != null) {
                        List<String> top = list.subList(0, Math.min(list.size(), TargetScores.REPORTED_K));
                        toScore.getOrDefault(Target.NEXT_INTERACTION, List.of())
                                .forEach(item -> timeline.add(m.name(), e.eventTime, top.contains(item)));
                    }
                }
            }
            for (StreamingRecommender m : models) m.learn(e);
            progress.tick(i + 1, replay.size());
        }

        List<TargetScores> scores = new ArrayList<>();
        sheets.forEach((model, byTarget) -> byTarget.forEach((target, sheet) -> scores.add(sheet.result(model, target, itemsSeen.size()))));
        return scores;
    }
}
