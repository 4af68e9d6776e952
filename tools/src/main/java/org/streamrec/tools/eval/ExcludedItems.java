package org.streamrec.tools.eval;

import java.util.HashMap;
import java.util.Map;
import org.streamrec.engine.filter.RecentItemsExclusion;
import org.streamrec.engine.model.Event;

/** {@link RecentItemsExclusion} for every user of a replay: the items no model gets credit for. */
public final class ExcludedItems {
    private final int lastEvents;
    private final Map<String, RecentItemsExclusion> byUser = new HashMap<>();

    public ExcludedItems(int lastEvents) {
        this.lastEvents = lastEvents;
    }

    public void observe(Event e) {
        if (e.userId != null) byUser.computeIfAbsent(e.userId, u -> new RecentItemsExclusion(lastEvents)).observe(e);
    }

    public boolean excludes(String userId, String itemId) {
        RecentItemsExclusion user = byUser.get(userId);
        return user != null && user.excludes(itemId);
    }
}
