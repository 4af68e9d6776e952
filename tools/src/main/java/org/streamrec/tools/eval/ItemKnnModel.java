package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.streamrec.engine.model.Event;

/**
 * Item-item neighbours computed once, in batch, from a training set, then frozen: cosine on the
 * binary user-item matrix (a user "has" an item if any interaction of theirs involved it),
 * sim(i,j) = |users(i) and users(j)| / sqrt(|users(i)| * |users(j)|). Each item keeps its top N
 * neighbours (highest similarity first, then item id).
 */
public final class ItemKnnModel {
    /** A neighbouring item and its similarity. */
    public record Neighbour(String item, double similarity) {}

    private static final Comparator<Neighbour> BEST_FIRST =
            Comparator.comparingDouble(Neighbour::similarity).reversed().thenComparing(Neighbour::item);

    private final Map<String, List<Neighbour>> neighbours;
    private final long trainedBefore;

    private ItemKnnModel(Map<String, List<Neighbour>> neighbours, long trainedBefore) {
        this.neighbours = neighbours;
        this.trainedBefore = trainedBefore;
    }

    /** Trains on the interactions of {@code events} with event time before {@code trainedBefore}. */
    public static ItemKnnModel train(List<Event> events, long trainedBefore, int neighboursPerItem) {
        Map<String, Set<String>> itemsOfUser = new HashMap<>();
        Map<String, List<String>> usersOfItem = new HashMap<>();
        for (Event e : events) {
            if (e.eventTime >= trainedBefore) continue;
            for (String item : Target.NEXT_INTERACTION.items(e)) {
                if (itemsOfUser.computeIfAbsent(e.userId, u -> new LinkedHashSet<>()).add(item)) {
                    usersOfItem.computeIfAbsent(item, i -> new ArrayList<>()).add(e.userId);
                }
            }
        }
        Map<String, List<Neighbour>> neighbours = new HashMap<>();
        for (Map.Entry<String, List<String>> item : usersOfItem.entrySet()) {
            Map<String, Integer> together = new HashMap<>();
            for (String user : item.getValue()) {
                for (String other : itemsOfUser.get(user)) {
                    if (!other.equals(item.getKey())) together.merge(other, 1, Integer::sum);
                }
            }
            double size = item.getValue().size();
            PriorityQueue<Neighbour> best = new PriorityQueue<>(BEST_FIRST.reversed());
            together.forEach((other, both) -> {
                best.add(new Neighbour(other, both / Math.sqrt(size * usersOfItem.get(other).size())));
                if (best.size() > neighboursPerItem) best.poll();
            });
            if (!best.isEmpty()) neighbours.put(item.getKey(), best.stream().sorted(BEST_FIRST).toList());
        }
        return new ItemKnnModel(neighbours, trainedBefore);
    }

    /** The item's neighbours, best first; empty for items unseen in training or seen alone. */
    public List<Neighbour> neighbours(String item) {
        return neighbours.getOrDefault(item, List.of());
    }

    /** Items that have neighbours. */
    public int itemsWithNeighbours() {
        return neighbours.size();
    }

    /** Event time (exclusive) up to which the training set went, epoch ms. */
    public long trainedBefore() {
        return trainedBefore;
    }
}
