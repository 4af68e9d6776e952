package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.streamrec.engine.filter.EventItems;
import org.streamrec.engine.model.Event;

/**
 * Decides which items of an event are scored, per {@link Target}. An item of the event is scored
 * unless
 * <ol>
 *   <li>it was in one of the user's last N item-bearing interaction events before this one
 *       ({@link ExcludedItems}, the same rule the baselines and the engine apply), or</li>
 *   <li>the user already had it, for the same target, earlier in the same session: each user-item
 *       is scored at most once per session and target, at its first occurrence. A session ends
 *       when two of the user's item-bearing interactions are more than the session gap apart.</li>
 * </ol>
 */
final class ScoringTargets {
    private static final class Session {
        long lastTime;
        final Map<Target, Set<String>> seen = new EnumMap<>(Target.class);
    }

    private final long sessionGapMillis;
    private final ExcludedItems excluded;
    private final Map<String, Session> sessions = new HashMap<>();

    ScoringTargets(Duration sessionGap, int excludeLastEvents) {
        this.sessionGapMillis = sessionGap.toMillis();
        this.excluded = new ExcludedItems(excludeLastEvents);
    }

    /**
     * The items of {@code e} to score for each target (targets with none are absent), then records
     * {@code e} as the user's latest event. Call once for every replayed event, in order.
     */
    Map<Target, List<String>> next(Event e) {
        Map<Target, List<String>> scored = new EnumMap<>(Target.class);
        if (e.userId == null || EventItems.of(e).isEmpty()) return scored;
        Session session = sessions.computeIfAbsent(e.userId, u -> new Session());
        if (e.eventTime - session.lastTime > sessionGapMillis) session.seen.clear();
        session.lastTime = e.eventTime;
        for (Target target : Target.values()) {
            List<String> items = new ArrayList<>();
            Set<String> seen = session.seen.computeIfAbsent(target, t -> new HashSet<>());
            for (String item : target.items(e)) {
                if (seen.add(item) && !excluded.excludes(e.userId, item)) items.add(item);
            }
            if (!items.isEmpty()) scored.put(target, items);
        }
        excluded.observe(e);
        return scored;
    }
}
