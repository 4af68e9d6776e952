package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.EventType;

/** What is excluded from scoring: items of the last 2 events, and repeats within a session. */
class ScoringTargetsTest {
    private final Events events = new Events();
    private final ScoringTargets targets = new ScoringTargets(Duration.ofMinutes(30), 2);

    private Map<Target, List<String>> view(String user, String item, long minute) {
        return targets.next(events.view(user, item, minute));
    }

    @Test
    void anItemInTheUsersLastTwoEventsIsNotScored() {
        assertEquals(Map.of(Target.NEXT_INTERACTION, List.of("a")), view("u", "a", 0));
        view("u", "b", 100);
        view("u", "a", 200); // new session each time, so only the last-2 rule applies
        assertEquals(Map.of(), view("u", "b", 300), "b was two events back");
        view("u", "c", 400);
        view("u", "d", 500);
        assertEquals(Map.of(Target.NEXT_INTERACTION, List.of("b")), view("u", "b", 600), "b was four events back");
    }

    @Test
    void otherUsersEventsDoNotCount() {
        view("u", "a", 0);
        view("v", "x", 1);
        view("v", "y", 2);
        assertEquals(Map.of(), view("u", "a", 100));
    }

    @Test
    void eachUserItemAtMostOncePerSessionAndAgainInTheNext() {
        view("u", "a", 0);
        view("u", "b", 10);
        view("u", "c", 20);
        assertEquals(Map.of(), view("u", "a", 30), "a again in the same session (gaps of 10 min)");
        assertEquals(Map.of(), view("u", "a", 200), "a is in the last two events");
        view("u", "d", 400);
        view("u", "e", 401);
        assertEquals(Map.of(Target.NEXT_INTERACTION, List.of("a")), view("u", "a", 402),
                "first a of this session, not in the last two events");
    }

    @Test
    void purchasesAreScoredPerItemForBothTargets() {
        view("u", "a", 0);
        assertEquals(Map.of(Target.NEXT_INTERACTION, List.of("b", "c"), Target.NEXT_PURCHASE, List.of("b", "c")),
                targets.next(events.purchase("u", 1, "a", "b", "c")), "a was in the last event");
        targets.next(events.view("u", "x", 2));
        targets.next(events.view("u", "y", 3));
        assertEquals(Map.of(Target.NEXT_INTERACTION, List.of("d"), Target.NEXT_PURCHASE, List.of("d")),
                targets.next(events.purchase("u", 4, "a", "d")),
                "a was bought earlier in this session (unscored then, as it was in the last event)");
        targets.next(events.view("u", "z", 5));
        targets.next(events.view("u", "w", 6));
        assertEquals(Map.of(Target.NEXT_PURCHASE, List.of("x")), targets.next(events.purchase("u", 7, "x")),
                "x was viewed in this session but is bought for the first time");
    }

    @Test
    void removeFromCartIsNoTargetButIsOneOfTheLastEvents() {
        view("u", "a", 0);
        assertEquals(Map.of(), targets.next(events.of(EventType.REMOVE_FROM_CART, "u", "r", 200)));
        view("u", "b", 400);
        assertEquals(Map.of(), view("u", "r", 600), "r was two events back");
    }
}
