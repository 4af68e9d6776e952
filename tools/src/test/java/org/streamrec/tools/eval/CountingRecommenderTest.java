package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.EventType;

class CountingRecommenderTest {
    private final Events events = new Events();

    @Test
    void popularityCountsEveryInteractionItemOnceTiesByIdAndSkipsTheUsersLastTwoEvents() {
        CountingRecommender popularity = CountingRecommender.popularity(2);
        popularity.learn(events.view("v", "b", 0));
        popularity.learn(events.view("v", "b", 1));
        popularity.learn(events.purchase("v", 2, "c", "a"));
        popularity.learn(events.of(EventType.REMOVE_FROM_CART, "v", "a", 3));
        popularity.learn(events.view("w", "d", 4));
        assertEquals(List.of("b", "a", "c", "d"), popularity.recommend("u", 10), "b:2, then a, c, d:1 by id");
        assertEquals(List.of("b", "a"), popularity.recommend("u", 2));

        popularity.learn(events.view("u", "b", 5));
        popularity.learn(events.view("u", "a", 6));
        assertEquals(List.of("c", "d"), popularity.recommend("u", 2), "b and a are u's last two events");
        assertEquals("popularity", popularity.name());
    }

    @Test
    void trendingForgetsInteractionsOlderThanTheWindow() {
        CountingRecommender trending = CountingRecommender.trending(Duration.ofMinutes(60), 2);
        trending.learn(events.view("v", "old", 0));
        trending.learn(events.view("v", "old", 1));
        trending.learn(events.view("w", "new", 30));
        assertEquals(List.of("old", "new"), trending.recommend("u", 10));
        trending.learn(events.view("w", "new", 60));
        assertEquals(List.of("new", "old"), trending.recommend("u", 10), "the 'old' of minute 0 left the window at minute 60");
        trending.learn(events.view("x", "other", 200));
        assertEquals(List.of("other"), trending.recommend("u", 10));
        assertEquals("trending", trending.name());
    }
}
