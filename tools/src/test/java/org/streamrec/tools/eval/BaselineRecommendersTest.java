package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ActionWeights;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/** Each baseline on a few events whose lists can be worked out by hand. */
class BaselineRecommendersTest {
    private static final InteractionWeights WEIGHTS = new InteractionWeights(new ActionWeights(1, 1, 2, 3, -1, 5));
    private final Events events = new Events();

    private static void learn(StreamingRecommender model, Event... replay) {
        for (Event e : replay) model.learn(e);
    }

    @Test
    void repeatRanksTheUsersOwnItemsByDecayedWeightAndFillsWithPopularity() {
        RepeatRecommender repeat = new RepeatRecommender("repeat", Duration.ofMinutes(60), WEIGHTS, 1);
        learn(repeat,
                events.view("other", "pop", 0), events.view("other2", "pop", 1),
                events.view("u", "a", 0), events.view("u", "a", 1),      // a: 2 views, 2 hours before the end
                events.of(EventType.ADD_TO_CART, "u", "b", 60),          // b: weight 3, an hour later: 1.5 at the end
                events.view("u", "d", 179),
                events.view("u", "c", 180));                              // c: just seen, left out
        // At t=180: a = 2 x 2^-3 = 0.25 (at 1 min: 2^-(179/60)...), b = 3 x 2^-2 = 0.75, d = 1 x 2^(-1/60); c excluded.
        assertEquals(List.of("d", "b", "a", "pop"), repeat.recommend("u", 4));
        assertEquals(List.of("a", "pop", "b", "c"), repeat.recommend("newcomer", 4), "only popularity for a new user (ties by id)");
    }

    @Test
    void sessionCfCountsDirectedPairsAndSeedsWithTheLastFiveByRecency() {
        SessionCfRecommender cf = new SessionCfRecommender(1);
        learn(cf,
                events.view("x", "a", 0), events.view("x", "b", 1), events.view("x", "c", 2),   // a->b, a->c, b->c
                events.view("y", "b", 0), events.view("y", "a", 1),                            // b->a
                events.view("u", "c", 10), events.view("u", "b", 11));
        // u's seeds: b (1.0), c (0.8). b -> c:1, a:1 ; c -> b:1 (from u: c->b). b itself excluded (last event).
        // u also added c->b. Scores: c = 1.0 x 1 = 1, a = 1.0 x 1 = 1, b excluded. Tie: a seen first.
        assertEquals(List.of("a", "c"), cf.recommend("u", 10));
        assertEquals(List.of(), cf.recommend("newcomer", 10), "no fallback");
    }

    @Test
    void sessionKnnScoresItemsOfSimilarRecentSessions() {
        SessionKnnRecommender sknn = new SessionKnnRecommender("sknn", Duration.ofMinutes(30), 10, 1, 2);
        learn(sknn,
                events.view("x", "a", 0), events.view("x", "b", 1), events.view("x", "p", 2),   // shares a, b
                events.view("y", "b", 100), events.view("y", "q", 101),                         // shares b only
                events.view("u", "a", 200), events.view("u", "b", 201));
        // u's session [a, b]: weights a 1/2, b 2/2. x: 1.5, y: 1.0. One neighbour: x, whose items are a, b, p;
        // a and b were just seen. Then popularity: q is the only other item.
        assertEquals(List.of("p", "q"), sknn.recommend("u", 10));
        SessionKnnRecommender two = new SessionKnnRecommender("sknn", Duration.ofMinutes(30), 10, 2, 2);
        learn(two, events.view("x", "a", 300), events.view("x", "b", 301), events.view("x", "p", 302),
                events.view("y", "b", 400), events.view("y", "q", 401), events.view("u", "a", 500), events.view("u", "b", 501));
        assertEquals(List.of("p", "q"), two.recommend("u", 10), "two neighbours: p 1.5 before q 1.0");
    }

    @Test
    void itemKnnDailyUsesOnlyWhatWasLearnedBeforeTodayButTodaysSeeds() {
        ItemKnnDailyRecommender knn = new ItemKnnDailyRecommender("item_knn_daily", 2, 10, WEIGHTS, 1);
        learn(knn, events.view("x", "a", 0), events.view("x", "b", 1), events.view("u", "a", 2));
        assertEquals(List.of("b"), knn.recommend("u", 1), "nothing trained yet: popularity (a is just seen)");
        learn(knn, events.view("y", "c", 24 * 60 + 1), events.view("y", "a", 24 * 60 + 2), events.view("u", "z", 24 * 60 + 3));
        // Day 1: trained on day 0 (x: a, b; u: a). u's seeds z (unknown), a: a's neighbour is b only (c is day 1's).
        assertEquals(List.of("b"), knn.recommend("u", 1));
    }

    @Test
    void sarScoresAffinityTimesJaccardIncludingTheItemItself() {
        SarRecommender sar = new SarRecommender("sar", Duration.ofDays(30), 20, 10, WEIGHTS, 0);
        learn(sar, events.view("x", "a", 0), events.view("x", "b", 1), events.view("y", "c", 2),
                events.view("u", "c", 3), events.of(EventType.ADD_TO_CART, "u", "a", 4),
                events.view("w", "q", 24 * 60 + 5));
        // Trained on day 0: J(a,b) = 1/2, J(a,a) = 1, J(c,c) = 1. u: a ~3, c ~1.
        // J(a,c) = 1/3 (u has both). a = 3 x 1 + 1 x 1/3, c = 1 x 1 + 3 x 1/3 = 2, b = 3 x 1/2 = 1.5.
        assertEquals(List.of("a", "c", "b"), sar.recommend("u", 3));
    }
}
