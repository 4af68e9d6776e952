package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;

class ItemKnnModelTest {
    private static final double EPS = 1e-12;
    private final Events events = new Events();

    /** u1 {a,b,c}, u2 {a,b}, u3 {a,d}: users(a)=3, users(b)=2, users(c)=1, users(d)=1. */
    private List<Event> firstHalf() {
        List<Event> replay = new ArrayList<>();
        replay.add(events.view("u1", "a", 0));
        replay.add(events.view("u1", "b", 1));
        replay.add(events.purchase("u1", 2, "c"));
        replay.add(events.view("u2", "a", 3));
        replay.add(events.view("u2", "b", 4));
        replay.add(events.view("u3", "a", 5));
        replay.add(events.view("u3", "d", 6));
        replay.add(events.view("u3", "a", 7)); // a repeat changes nothing: the matrix is binary
        return replay;
    }

    @Test
    void cosineOnTheBinaryUserItemMatrix() {
        ItemKnnModel model = ItemKnnModel.train(firstHalf(), Long.MAX_VALUE, 10);
        List<ItemKnnModel.Neighbour> ofA = model.neighbours("a");
        assertEquals(List.of("b", "c", "d"), ofA.stream().map(ItemKnnModel.Neighbour::item).toList());
        assertEquals(2 / Math.sqrt(3 * 2), ofA.get(0).similarity(), EPS);
        assertEquals(1 / Math.sqrt(3 * 1), ofA.get(1).similarity(), EPS);
        assertEquals(1 / Math.sqrt(3 * 1), ofA.get(2).similarity(), EPS, "tie with c, ordered by id");
        assertEquals(new ItemKnnModel.Neighbour("b", 1 / Math.sqrt(1 * 2)), model.neighbours("c").get(0), "c-b");
        assertEquals(1, ItemKnnModel.train(firstHalf(), Long.MAX_VALUE, 1).neighbours("a").size(), "top N only");
    }

    @Test
    void trainedOnlyOnEventsBeforeTheCutAndFrozenAfterIt() {
        List<Event> replay = firstHalf();
        replay.add(events.view("u4", "d", 100));
        replay.add(events.view("u4", "e", 101));
        replay.add(events.view("u2", "c", 102));
        ItemKnnModel model = ItemKnnModel.train(replay, 100 * 60_000, 10);

        assertEquals(ItemKnnModel.train(firstHalf(), Long.MAX_VALUE, 10).neighbours("a"), model.neighbours("a"));
        assertEquals(List.of(), model.neighbours("e"), "e appears only after the cut");
        assertEquals(List.of("a"), model.neighbours("d").stream().map(ItemKnnModel.Neighbour::item).toList(),
                "u4's d-e pair after the cut is not learned");
        assertEquals(new ItemKnnModel.Neighbour("b", 1 / Math.sqrt(1 * 2)), model.neighbours("c").get(0),
                "u2's late c is not learned (it would make c-b 2/sqrt(2*2) = 1)");

        BatchItemKnnRecommender knn = new BatchItemKnnRecommender(model, 5, 2);
        replay.forEach(knn::learn);
        assertEquals(List.of("a"), knn.recommend("u4", 10),
                "u4's seeds e and d after the cut: only d's frozen neighbour a, nothing learned from u4 itself");
    }

    @Test
    void recommendsNeighboursOfTheUsersRecentItemsSummedMinusTheLastTwoEvents() {
        ItemKnnModel model = ItemKnnModel.train(firstHalf(), Long.MAX_VALUE, 10);
        BatchItemKnnRecommender knn = new BatchItemKnnRecommender(model, 2, 2);
        assertEquals(List.of(), knn.recommend("new", 10), "no seeds, no list");

        knn.learn(events.view("new", "c", 10));
        // neighbours of c: a 1/sqrt3 (0.577), b 1/sqrt2 (0.707)
        assertEquals(List.of("b", "a"), knn.recommend("new", 10));
        knn.learn(events.view("new", "d", 11));
        // seeds d, c: a = 1/sqrt3 (from d) + 1/sqrt3 (from c) = 1.155; b = 0.707; c and d excluded
        assertEquals(List.of("a", "b"), knn.recommend("new", 10));
        knn.learn(events.view("new", "x", 12));
        knn.learn(events.view("new", "y", 13));
        assertEquals(List.of(), knn.recommend("new", 10), "seeds are the last 2 distinct items, x and y, unknown to the model");
        assertEquals("batch_item_knn", knn.name());
    }
}
