package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Recommendation;

/**
 * {@code engine}: the real engine, judged by the lists it emitted during its own replay
 * ({@link EngineReplay}). Each list carries the id of the event that triggered it; that id gives
 * the list a position in the replay. When the evaluator scores the event at position p of user u,
 * the list used is the latest list for u whose trigger is an earlier event of u (position &lt; p;
 * among lists for the same trigger, the last one emitted). A user with no such list gets the
 * latest default list ({@link Recommendation#ANY_USER}, what a front end shows an unknown user)
 * triggered by an earlier event of anyone, and it counts as the engine's list. A list triggered
 * by the scored event itself, or by anything later, is never used, so the engine cannot see what
 * it is scored on.
 *
 * <p>Lists whose trigger is not an event in the replay, or (for a user's own list) is another
 * user's event, cannot be placed; they are counted ({@link #unplacedLists()}) and otherwise ignored.
 */
public final class EmittedListsRecommender implements StreamingRecommender {
    private record Placed(int position, List<String> items) {}

    private final Map<String, Integer> positionOfEvent = new HashMap<>();
    private final Map<String, List<Placed>> listsByUser = new HashMap<>();
    private final List<Placed> defaultLists = new ArrayList<>();
    private final long unplaced;
    private int learnedUpTo = -1;

    /**
     * @param replay the events exactly as the engine replayed them (unique event ids)
     * @param emitted every list the engine emitted, in emission order
     */
    public EmittedListsRecommender(List<Event> replay, List<Recommendation> emitted) {
        for (int i = 0; i < replay.size(); i++) {
            if (positionOfEvent.put(replay.get(i).eventId, i) != null) {
                throw new IllegalArgumentException("event id '" + replay.get(i).eventId
                        + "' appears twice in the replay; trigger ids must name one event");
            }
        }
        long cannotPlace = 0;
        for (Recommendation r : emitted) {
            Integer position = r.triggerEventId == null ? null : positionOfEvent.get(r.triggerEventId);
            boolean forAnyUser = Recommendation.ANY_USER.equals(r.userId);
            if (position == null || r.userId == null || !(forAnyUser || r.userId.equals(replay.get(position).userId))) {
                cannotPlace++;
                continue;
            }
            List<String> items = r.items == null ? List.of() : r.items.stream().map(item -> item.itemId).toList();
            (forAnyUser ? defaultLists : listsByUser.computeIfAbsent(r.userId, u -> new ArrayList<>())).add(new Placed(position, items));
        }
        listsByUser.values().forEach(lists -> lists.sort(Comparator.comparingInt(Placed::position)));
        defaultLists.sort(Comparator.comparingInt(Placed::position));
        this.unplaced = cannotPlace;
    }

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public List<String> recommend(String userId, int k) {
        List<Placed> lists = listsByUser.getOrDefault(userId, List.of());
        int latest = lastAtOrBefore(lists, learnedUpTo);
        if (latest < 0) {
            lists = defaultLists;
            latest = lastAtOrBefore(lists, learnedUpTo);
            if (latest < 0) return List.of();
        }
        List<String> items = lists.get(latest).items;
        return items.subList(0, Math.min(k, items.size()));
    }

    @Override
    public void learn(Event e) {
        Integer position = positionOfEvent.get(e.eventId);
        if (position == null) throw new IllegalArgumentException("event " + e + " is not part of the engine's replay");
        learnedUpTo = position;
    }

    /** Emitted lists that could not be placed in the replay. */
    public long unplacedLists() {
        return unplaced;
    }

    /** Index of the last list (the latest emitted among equal positions) with position <= p, or -1. */
    private static int lastAtOrBefore(List<Placed> lists, int p) {
        int lo = 0;
        int hi = lists.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lists.get(mid).position <= p) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }
}
