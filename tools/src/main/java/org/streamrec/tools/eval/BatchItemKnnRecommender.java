package org.streamrec.tools.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.Event;

/**
 * {@code batch_item_knn}: a frozen {@link ItemKnnModel} queried with the user's most recent distinct
 * items (the seeds, updated as the replay goes on; the similarities never change). A candidate's
 * score is the sum of its similarities to the seeds; ties go to the smaller item id. Items the user
 * may not be recommended ({@link ExcludedItems}) are skipped. No seeds with neighbours, no list.
 */
public final class BatchItemKnnRecommender implements StreamingRecommender {
    private final ItemKnnModel model;
    private final int seedItems;
    private final ExcludedItems excluded;
    private final Map<String, Deque<String>> recentItems = new HashMap<>();

    public BatchItemKnnRecommender(ItemKnnModel model, int seedItems, int excludeLastEvents) {
        this.model = model;
        this.seedItems = seedItems;
        this.excluded = new ExcludedItems(excludeLastEvents);
    }

    @Override
    public String name() {
        return "batch_item_knn";
    }

    @Override
    public List<String> recommend(String userId, int k) {
        Map<String, Double> scores = new HashMap<>();
        for (String seed : recentItems.getOrDefault(userId, new ArrayDeque<>())) {
            for (ItemKnnModel.Neighbour n : model.neighbours(seed)) {
                if (!excluded.excludes(userId, n.item())) scores.merge(n.item(), n.similarity(), Double::sum);
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(k).map(Map.Entry::getKey).toList();
    }

    @Override
    public void learn(Event e) {
        excluded.observe(e);
        List<String> items = Target.NEXT_INTERACTION.items(e);
        if (items.isEmpty()) return;
        Deque<String> recent = recentItems.computeIfAbsent(e.userId, u -> new ArrayDeque<>());
        for (String item : items) {
            recent.remove(item);
            recent.addFirst(item);
            if (recent.size() > seedItems) recent.removeLast();
        }
    }
}
