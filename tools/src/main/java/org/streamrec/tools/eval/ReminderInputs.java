package org.streamrec.tools.eval;

import java.util.List;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * The events the engine's reminders depend on: purchases, forget_user and consent events, events
 * that carry a time zone, and catalogue updates (what the job's replenishment graph reads; the
 * rest of the graph never feeds it). Its steps handle their input in event-time order, so a replay
 * of these events alone yields the same reminders as the whole replay, sooner: what makes the
 * engine's threshold sweep affordable.
 */
final class ReminderInputs {
    private ReminderInputs() {}

    static List<Event> of(List<Event> replay) {
        return replay.stream().filter(e -> e.type == EventType.PURCHASE || e.type == EventType.FORGET_USER
                || e.type == EventType.CONSENT || e.type == EventType.CATALOGUE_UPDATE || e.timeZone != null).toList();
    }
}
