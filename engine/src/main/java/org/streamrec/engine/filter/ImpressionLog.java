package org.streamrec.engine.filter;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One user's recent impressions without a reaction: per item, the times it was shown (at most
 * {@code limit} of them, newest last), cleared when the user interacts with the item. Bounded by
 * {@code maxItems}: past it, the item shown longest ago is forgotten. A Flink POJO.
 */
public class ImpressionLog {
    public Map<String, ShownTimes> shown = new HashMap<>();

    public ImpressionLog() {}

    public void shown(Collection<String> items, long time, int limit, int maxItems) {
        for (String itemId : items) {
            List<Long> times = shown.computeIfAbsent(itemId, k -> new ShownTimes()).times;
            times.add(time);
            times.sort(null);
            while (times.size() > limit) times.remove(0);
        }
        while (shown.size() > maxItems) {
            shown.entrySet().stream()
                    .min(Comparator.comparingLong(en -> en.getValue().newest()))
                    .ifPresent(en -> shown.remove(en.getKey()));
        }
    }

    public void actedOn(Collection<String> items) {
        items.forEach(shown::remove);
    }

    /** Items shown at least {@code limit} times within {@code windowMillis} before {@code now}. */
    public Set<String> suppressed(long now, int limit, long windowMillis) {
        Set<String> suppressed = new HashSet<>();
        shown.forEach((itemId, shownTimes) -> {
            List<Long> times = shownTimes.times;
            if (times.size() >= limit && times.get(times.size() - limit) > now - windowMillis) suppressed.add(itemId);
        });
        return suppressed;
    }

    public boolean isEmpty() {
        return shown.isEmpty();
    }
}
