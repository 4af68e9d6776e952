package org.streamrec.tools.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Recommendation;

class UserTurnsTest {
    private static final long LONG = 60_000;

    private final List<UserTurns> made = new ArrayList<>();

    private UserTurns turns(long timeoutMillis, Event... events) {
        UserTurns turns = new UserTurns(List.of(events), timeoutMillis);
        made.add(turns);
        return turns;
    }

    @AfterEach
    void release() {
        made.forEach(UserTurns::release);
    }

    private static Event event(String id, String user, EventType type) {
        Event e = new Event();
        e.eventId = id;
        e.userId = user;
        e.type = type;
        return e;
    }

    private static Recommendation listFor(String user, String trigger) {
        Recommendation r = new Recommendation();
        r.userId = user;
        r.triggerEventId = trigger;
        return r;
    }

    private static CompletableFuture<Void> inBackground(Executable step) {
        return CompletableFuture.runAsync(() -> {
            try {
                step.execute();
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        });
    }

    @Test
    void aUsersNextInteractionWaitsForTheListOfTheirPreviousOneButOtherUsersDoNot() throws Exception {
        UserTurns turns = turns(LONG,
                event("e0", "u", EventType.VIEW), event("e1", "v", EventType.VIEW), event("e2", "u", EventType.VIEW));
        turns.awaitTurn(0);
        turns.awaitTurn(1);
        CompletableFuture<Void> second = inBackground(() -> turns.awaitTurn(2));
        assertStillWaiting(second);
        turns.answered(listFor("u", "e1"));
        assertStillWaiting(second);
        turns.answered(listFor("u", "e0"));
        second.get(10, TimeUnit.SECONDS);
        assertEquals(1, turns.waited());
        assertEquals(0, turns.timedOut());
    }

    @Test
    void aDefaultListTriggeredByTheInteractionAnswersItToo() throws Exception {
        UserTurns turns = turns(LONG,
                event("e0", "u", EventType.VIEW), event("e1", "v", EventType.VIEW), event("e2", "u", EventType.VIEW));
        turns.awaitTurn(0);
        turns.awaitTurn(1);
        CompletableFuture<Void> second = inBackground(() -> turns.awaitTurn(2));
        turns.answered(listFor(Recommendation.ANY_USER, "e1"));
        assertStillWaiting(second);
        turns.answered(listFor(Recommendation.ANY_USER, "e0"));
        second.get(10, TimeUnit.SECONDS);
        assertEquals(0, turns.timedOut());
    }

    @Test
    void eventsThatAreNotInteractionsNeitherWaitNorAreAwaited() throws Exception {
        UserTurns turns = turns(LONG,
                event("e0", "u", EventType.CONSENT), event("e1", "u", EventType.VIEW), event("e2", "u", EventType.CONSENT));
        turns.awaitTurn(0);
        turns.awaitTurn(1);
        turns.awaitTurn(2);
        assertEquals(0, turns.waited());
    }

    @Test
    void anInteractionWithoutAListGoesAheadAfterTheTimeoutAndIsCounted() throws Exception {
        UserTurns turns = turns(50, event("e0", "u", EventType.VIEW), event("e1", "u", EventType.VIEW));
        turns.awaitTurn(0);
        long start = System.nanoTime();
        turns.awaitTurn(1);
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(50));
        assertEquals(1, turns.timedOut());
    }

    private static void assertStillWaiting(CompletableFuture<Void> waiting) throws Exception {
        try {
            waiting.get(200, TimeUnit.MILLISECONDS);
            throw new AssertionError("the interaction went ahead before its turn");
        } catch (TimeoutException stillWaiting) {
            // as it should
        }
    }
}
