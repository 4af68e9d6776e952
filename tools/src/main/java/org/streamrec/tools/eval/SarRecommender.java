package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntDoubleHashMap;
import java.time.Duration;
import org.streamrec.engine.model.Event;

/**
 * {@code sar}: Microsoft's Smart Adaptive Recommendations. Item similarity is Jaccard on
 * co-occurrence counts (users who interacted with both), retrained every day of event time on
 * everything so far ({@link DailyModel}), each item keeping its {@code neighbours} most similar and
 * itself (similarity 1, so known items can come back, as SAR does without removing seen items).
 * User affinity is the {@link DecayedAffinity} of the user's interactions (weighted per action,
 * halved every {@code halfLife}), updated as they happen, as SAR's real-time scoring does with the
 * request's history. Score = affinity x similarity over the user's {@code seeds} strongest items;
 * filled with popularity.
 */
public final class SarRecommender extends CandidateScorer {
    private final InteractionWeights weights;
    private final DecayedAffinity affinity;
    private final int seeds;
    private final DailyModel model;

    public SarRecommender(String name, Duration halfLife, int seeds, int neighbours, InteractionWeights weights,
                          int excludeLastEvents) {
        super(name, excludeLastEvents, true);
        this.weights = weights;
        this.affinity = new DecayedAffinity(halfLife);
        this.seeds = seeds;
        this.model = new DailyModel(ItemCooccurrence.Measure.JACCARD, neighbours, true);
    }

    @Override
    protected IntDoubleHashMap scores(String userId) {
        IntDoubleHashMap affinities = affinity.of(userId);
        IntDoubleHashMap scores = new IntDoubleHashMap();
        for (int seed : TopScores.of(affinities, seeds, id -> false)) model.neighbours(seed).vote(scores, affinities.get(seed));
        return scores;
    }

    @Override
    protected void observe(Event e) {
        forEachWeightedItem(e, weights, (item, w) -> {
            affinity.add(e.userId, item, w, e.eventTime);
            model.rate(e.userId, item, 1, e.eventTime);
        });
    }
}
