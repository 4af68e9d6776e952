package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

class TimeSpanTest {
    private final Events events = new Events();

    @Test
    void firstToLastInteractionIgnoringCatalogueUpdates() {
        List<Event> replay = List.of(
                events.of(EventType.CATALOGUE_UPDATE, null, "a", 0),
                events.view("u", "a", 10),
                events.view("u", "b", 30));
        TimeSpan span = TimeSpan.of(replay).orElseThrow();
        assertEquals(new TimeSpan(10 * 60_000, 30 * 60_000), span);
        assertEquals(20 * 60_000, span.at(0.5));
    }

    @Test
    void aFewStrayTimestampsDoNotMoveTheSpan() {
        List<Event> replay = new ArrayList<>();
        replay.add(events.view("u", "early", -100_000));
        for (int i = 0; i < 2_000; i++) replay.add(events.view("u", "a", 1_000 + i));
        replay.add(events.view("u", "late", 900_000));
        TimeSpan span = TimeSpan.of(replay).orElseThrow();
        assertEquals(new TimeSpan(1_001 * 60_000L, 2_998 * 60_000L), span, "two trimmed at each end");
    }

    @Test
    void noInteractionsNoSpan() {
        assertEquals(Optional.empty(), TimeSpan.of(List.of(events.of(EventType.CATALOGUE_UPDATE, null, "a", 0))));
    }
}
