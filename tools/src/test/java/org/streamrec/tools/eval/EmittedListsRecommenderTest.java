package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;

class EmittedListsRecommenderTest {
    private final Events events = new Events();
    private final Event u1 = events.view("u", "a", 0);
    private final Event v1 = events.view("v", "x", 1);
    private final Event u2 = events.view("u", "b", 2);
    private final Event v2 = events.view("v", "y", 3);
    private final Event u3 = events.view("u", "c", 4);
    private final List<Event> replay = List.of(u1, v1, u2, v2, u3);

    private static Recommendation list(Event trigger, String user, String... items) {
        Recommendation r = new Recommendation();
        r.userId = user;
        r.triggerEventId = trigger == null ? "unknown" : trigger.eventId;
        r.items = Arrays.stream(items).map(i -> new RankedItem(i, 1, "", RankedItem.SIMILAR)).toList();
        return r;
    }

    @Test
    void theListForAnEventIsTheLatestTriggeredByAnEarlierEventOfTheUser() {
        EmittedListsRecommender engine = new EmittedListsRecommender(replay, List.of(
                list(u1, "u", "p", "q"),
                list(u1, "u", "r", "s"),       // same trigger, emitted later: wins
                list(v1, "v", "vv"),
                list(u2, "u", "t"),
                list(u3, "u", "leak")));        // triggered by the last event: never used before it

        assertEquals(List.of(), engine.recommend("u", 10), "nothing learned yet: no list for u's first event");
        engine.learn(u1);
        assertEquals(List.of("r", "s"), engine.recommend("u", 10));
        assertEquals(List.of("r"), engine.recommend("u", 1));
        engine.learn(v1);
        assertEquals(List.of("r", "s"), engine.recommend("u", 10), "scoring u2: v1's list is v's");
        assertEquals(List.of("vv"), engine.recommend("v", 10));
        engine.learn(u2);
        engine.learn(v2);
        assertEquals(List.of("t"), engine.recommend("u", 10), "scoring u3: the list triggered by u2, not u3's own");
        assertEquals("engine", engine.name());
    }

    @Test
    void listsThatCannotBePlacedAreCountedAndIgnored() {
        EmittedListsRecommender engine = new EmittedListsRecommender(replay, List.of(
                list(null, "u", "ghost"),
                list(v1, "u", "wrong-user"),
                list(u1, "u", "ok")));
        assertEquals(2, engine.unplacedLists());
        replay.forEach(engine::learn);
        assertEquals(List.of("ok"), engine.recommend("u", 10));
    }

    @Test
    void triggerIdsMustNameOneEventAndLearnedEventsMustBeInTheReplay() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new EmittedListsRecommender(List.of(u1, u1), List.of()));
        assertEquals("event id 'e1' appears twice in the replay; trigger ids must name one event", twice.getMessage());
        EmittedListsRecommender engine = new EmittedListsRecommender(List.of(u1), List.of());
        assertThrows(IllegalArgumentException.class, () -> engine.learn(v1));
    }
}
