package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntDoubleHashMap;
import java.time.Duration;
import org.streamrec.engine.model.Event;

/**
 * {@code repeat}: the user's own past items, ranked by recency and frequency (the "buy it again"
 * family, RCP/ATD): each item scores the user's {@link DecayedAffinity} to it (interaction weights,
 * each halved every {@code halfLife} since it happened); filled with popularity. A long half-life
 * ranks by frequency, a short one by recency.
 */
public final class RepeatRecommender extends CandidateScorer {
    private final InteractionWeights weights;
    private final DecayedAffinity affinity;

    public RepeatRecommender(String name, Duration halfLife, InteractionWeights weights, int excludeLastEvents) {
        super(name, excludeLastEvents, true);
        this.weights = weights;
        this.affinity = new DecayedAffinity(halfLife);
    }

    @Override
    protected IntDoubleHashMap scores(String userId) {
        return affinity.of(userId);
    }

    @Override
    protected void observe(Event e) {
        forEachWeightedItem(e, weights, (item, w) -> affinity.add(e.userId, item, w, e.eventTime));
    }
}
