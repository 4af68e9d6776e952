package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntDoubleHashMap;
import java.util.HashMap;
import java.util.Map;
import org.streamrec.engine.model.Event;

/**
 * {@code item_knn_daily}: what a batch-retraining system (Gorse's item-based recommender, for one)
 * does: item neighbours by cosine on the user-item ratings (a rating is the largest
 * {@link InteractionWeights} of the user's interactions with the item), retrained every day of
 * event time on everything so far ({@link DailyModel}); the user's latest items seed the list as
 * they happen. Score(c) = sum over the user's last {@code seeds} distinct items s of rating(s) x
 * cosine(s, c), over each seed's {@code neighbours} best; filled with popularity.
 */
public final class ItemKnnDailyRecommender extends CandidateScorer {
    private final InteractionWeights weights;
    private final int seeds;
    private final DailyModel model;
    private final Map<String, IntArrayList> recentByUser = new HashMap<>();
    private final Map<String, IntDoubleHashMap> ratingsByUser = new HashMap<>();

    public ItemKnnDailyRecommender(String name, int seeds, int neighbours, InteractionWeights weights, int excludeLastEvents) {
        super(name, excludeLastEvents, true);
        this.weights = weights;
        this.seeds = seeds;
        this.model = new DailyModel(ItemCooccurrence.Measure.COSINE, neighbours, false);
    }

    @Override
    protected IntDoubleHashMap scores(String userId) {
        IntDoubleHashMap scores = new IntDoubleHashMap();
        IntArrayList recent = recentByUser.get(userId);
        if (recent == null) return scores;
        IntDoubleHashMap ratings = ratingsByUser.get(userId);
        for (int k = 0; k < recent.size(); k++) {
            int seed = recent.get(k);
            model.neighbours(seed).vote(scores, ratings.get(seed));
        }
        return scores;
    }

    @Override
    protected void observe(Event e) {
        forEachWeightedItem(e, weights, (item, w) -> {
            model.rate(e.userId, item, w, e.eventTime);
            MostRecent.push(recentByUser.computeIfAbsent(e.userId, u -> new IntArrayList()), item, seeds);
            IntDoubleHashMap ratings = ratingsByUser.computeIfAbsent(e.userId, u -> new IntDoubleHashMap());
            ratings.put(item, Math.max(w, ratings.getOrDefault(item, 0)));
        });
    }
}
