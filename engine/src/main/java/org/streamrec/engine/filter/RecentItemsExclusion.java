package org.streamrec.engine.filter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.streamrec.engine.model.Event;

/**
 * The rule "do not recommend, and do not count as a hit, an item that was in one of the user's last
 * N events", for one user. The engine's ranking and every evaluation baseline use this one class, so
 * the comparison in {@code ./recs eval} is fair.
 *
 * <p>An "event" here is an interaction that carries items ({@link EventItems}): a view, cart change,
 * favourite, rating, review, clicked search or purchase (all lines of a purchase belong to the same
 * event). Other events (impressions, consent, ...) neither count nor push items out.
 *
 * <p>A Flink POJO, so it can live in keyed state: it remembers, per item, the ordinal of the latest
 * event that contained it, and forgets items older than N events.
 */
public class RecentItemsExclusion {
    /** N: how many of the user's latest events are excluded; 0 excludes nothing. */
    public int lastEvents;
    /** Item-bearing events observed so far. */
    public long eventsSeen;
    /** Item to the ordinal (1-based) of the latest event that contained it; only the last N events. */
    public Map<String, Long> latestEventOf = new HashMap<>();

    public RecentItemsExclusion() {}

    public RecentItemsExclusion(int lastEvents) {
        if (lastEvents < 0) throw new IllegalArgumentException("lastEvents must be >= 0, got " + lastEvents);
        this.lastEvents = lastEvents;
    }

    /** Records one of this user's events (events without items are ignored). */
    public void observe(Event e) {
        List<String> items = EventItems.of(e);
        if (items.isEmpty()) return;
        eventsSeen++;
        for (String item : items) latestEventOf.put(item, eventsSeen);
        latestEventOf.values().removeIf(ordinal -> !recent(ordinal));
    }

    public boolean excludes(String itemId) {
        Long ordinal = latestEventOf.get(itemId);
        return ordinal != null && recent(ordinal);
    }

    /** The excluded items, sorted. */
    public Set<String> excludedItems() {
        Set<String> items = new TreeSet<>();
        latestEventOf.forEach((item, ordinal) -> {
            if (recent(ordinal)) items.add(item);
        });
        return items;
    }

    private boolean recent(long ordinal) {
        return eventsSeen - ordinal < lastEvents;
    }
}
