package org.streamrec.tools.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.replenish.PurchaseLines;

/** The purchase times of every (user, item) in replayed events, sorted, for scoring reminders. */
final class ReminderPurchases {
    private final Map<String, Map<String, List<Long>>> timesByUserAndItem = new HashMap<>();
    private final Map<String, Long> lastPurchaseByUser = new HashMap<>();

    ReminderPurchases(List<Event> events) {
        for (Event e : events) {
            if (e.type != EventType.PURCHASE || e.userId == null) continue;
            for (String item : PurchaseLines.quantities(e).keySet()) {
                timesByUserAndItem.computeIfAbsent(e.userId, u -> new HashMap<>())
                        .computeIfAbsent(item, i -> new ArrayList<>()).add(e.eventTime);
            }
            lastPurchaseByUser.merge(e.userId, e.eventTime, Math::max);
        }
        timesByUserAndItem.values().forEach(items -> items.values().forEach(Collections::sort));
    }

    /** Sorted purchase times of the item by the user; empty if never. */
    List<Long> times(String userId, String itemId) {
        return timesByUserAndItem.getOrDefault(userId, Map.of()).getOrDefault(itemId, List.of());
    }

    /** The user's last purchase of anything, or Long.MIN_VALUE if the user never bought. */
    long lastPurchase(String userId) {
        return lastPurchaseByUser.getOrDefault(userId, Long.MIN_VALUE);
    }

    Map<String, Map<String, List<Long>>> all() {
        return timesByUserAndItem;
    }

    /** Index of the first time strictly after {@code t}, or times.size() if none. */
    static int firstAfter(List<Long> times, long t) {
        int lo = 0;
        int hi = times.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times.get(mid) <= t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
