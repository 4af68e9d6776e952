package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntDoubleHashMap;
import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.model.Event;

/**
 * What the score-based baselines share: items as dense ids, the items a user may not be
 * recommended ({@link ExcludedItems}, the scorer's rule) left out, and, when asked for, a list
 * shorter than k filled with the most popular items so far (interaction counts).
 */
abstract class CandidateScorer implements StreamingRecommender {
    protected final ItemIds items = new ItemIds();
    private final String name;
    private final ExcludedItems excluded;
    private final CountRanking popularity;

    protected CandidateScorer(String name, int excludeLastEvents, boolean fillWithPopularity) {
        this.name = name;
        this.excluded = new ExcludedItems(excludeLastEvents);
        this.popularity = fillWithPopularity ? new CountRanking() : null;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> recommend(String userId, int k) {
        List<String> list = new ArrayList<>(k);
        for (int id : TopScores.of(scores(userId), k, id -> excluded.excludes(userId, items.name(id)))) list.add(items.name(id));
        if (popularity != null && list.size() < k) {
            list.addAll(popularity.top(k - list.size(), item -> excluded.excludes(userId, item) || list.contains(item)));
        }
        return list;
    }

    @Override
    public final void learn(Event e) {
        excluded.observe(e);
        if (popularity != null) Target.NEXT_INTERACTION.items(e).forEach(item -> popularity.add(item, 1));
        observe(e);
    }

    /** Candidate scores for the user (ids of {@link #items}); only positive scores count. */
    protected abstract IntDoubleHashMap scores(String userId);

    /** Learns an event, after the shared state has. */
    protected abstract void observe(Event e);

    /** Receives the items of an interaction with a positive weight. */
    protected interface WeightedItem {
        void accept(int item, double weight);
    }

    /** Calls {@code action} with each item (as an id) of {@code e}, if {@code weights} gives it a positive weight. */
    protected final void forEachWeightedItem(Event e, InteractionWeights weights, WeightedItem action) {
        double w = weights.of(e);
        if (w <= 0) return;
        for (String item : Target.NEXT_INTERACTION.items(e)) action.accept(items.id(item), w);
    }
}
