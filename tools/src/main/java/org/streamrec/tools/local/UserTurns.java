package org.streamrec.tools.local;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Recommendation;

/**
 * Test, then learn, for a replay on a local MiniCluster: the source hands the job a user's next
 * interaction only once the job has emitted the list for that user's previous interaction (or
 * {@code timeoutMillis} passed: an interaction may yield no list). A default list
 * ({@link Recommendation#ANY_USER}) triggered by the interaction answers it too. Events of other users are not
 * held back, but the source is sequential, so nothing later in the replay overtakes a held event.
 * Serialisable as a name: the source and the sink find the shared turns by it in this JVM.
 */
public final class UserTurns implements Serializable {
    private static final Map<String, Turns> ALL = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();

    /** @param events the replay, in the order the source emits it */
    public UserTurns(List<Event> events, long timeoutMillis) {
        ALL.put(id, new Turns(events, timeoutMillis));
    }

    /** Called by the source before it emits event {@code index}; returns once it may. */
    public void awaitTurn(long index) throws InterruptedException {
        ALL.get(id).awaitTurn((int) index);
    }

    /** Called for every list the job emits. */
    public void answered(Recommendation r) {
        Turns turns = ALL.get(id);
        if (turns != null) turns.answered(r.userId, r.triggerEventId);
    }

    /** Interactions that were held back until their user's previous list came. */
    public long waited() {
        return ALL.get(id).waited();
    }

    /** Interactions that went ahead without their user's previous list, after the timeout. */
    public long timedOut() {
        return ALL.get(id).timedOut();
    }

    /** The ids of the interactions whose list had not come when their user's next one went ahead. */
    public List<String> unanswered() {
        return ALL.get(id).unanswered();
    }

    /** Forgets the shared turns; call when the job is done. */
    public void release() {
        ALL.remove(id);
    }

    private static final class Turns {
        private final List<Event> events;
        private final long timeoutMillis;
        /** User to the id of their interaction whose list has not come yet. */
        private final Map<String, String> awaited = new HashMap<>();
        /** The same, the other way round. */
        private final Map<String, String> userOfAwaited = new HashMap<>();
        private long waited;
        private final List<String> unanswered = new java.util.ArrayList<>();

        Turns(List<Event> events, long timeoutMillis) {
            this.events = events;
            this.timeoutMillis = timeoutMillis;
        }

        synchronized void awaitTurn(int index) throws InterruptedException {
            Event e = events.get(index);
            if (!e.type.isInteraction()) return;
            if (awaited.containsKey(e.userId)) {
                waited++;
                long deadline = System.currentTimeMillis() + timeoutMillis;
                while (awaited.containsKey(e.userId)) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        unanswered.add(awaited.get(e.userId));
                        break;
                    }
                    wait(left);
                }
            }
            String before = awaited.put(e.userId, e.eventId);
            if (before != null) userOfAwaited.remove(before);
            userOfAwaited.put(e.eventId, e.userId);
        }

        synchronized long waited() {
            return waited;
        }

        synchronized long timedOut() {
            return unanswered.size();
        }

        synchronized List<String> unanswered() {
            return List.copyOf(unanswered);
        }

        synchronized void answered(String userId, String triggerEventId) {
            String user = Recommendation.ANY_USER.equals(userId) ? userOfAwaited.get(triggerEventId) : userId;
            if (triggerEventId != null && triggerEventId.equals(awaited.get(user))) {
                awaited.remove(user);
                userOfAwaited.remove(triggerEventId);
                notifyAll();
            }
        }
    }
}
