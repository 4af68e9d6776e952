package org.streamrec.engine.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One user's recent event ids, to drop an event sent twice: an id seen again within the window (in
 * event time, either way) is a duplicate. At most {@code maxIds} are kept, the oldest forgotten first.
 * Old ids are swept only once the oldest one has left the window, so each event costs O(1) on
 * average. A Flink POJO.
 */
public class EventIds {
    /** Event id to its event time. */
    public Map<String, Long> seen = new HashMap<>();
    /** The earliest event time in {@link #seen}. */
    public long oldest = Long.MAX_VALUE;

    public EventIds() {}

    /** True if {@code eventId} was seen within the window; otherwise remembers it and returns false. */
    public boolean isDuplicate(String eventId, long time, long windowMillis, int maxIds) {
        Long at = seen.get(eventId);
        if (at != null && Math.abs(time - at) < windowMillis) return true;
        seen.put(eventId, time);
        oldest = Math.min(oldest, time);
        if (seen.size() > maxIds || time - oldest >= windowMillis) sweep(time, windowMillis, maxIds);
        return false;
    }

    private void sweep(long now, long windowMillis, int maxIds) {
        seen.values().removeIf(t -> now - t >= windowMillis);
        if (seen.size() > maxIds) {
            List<Map.Entry<String, Long>> byAge = new ArrayList<>(seen.entrySet());
            byAge.sort(Map.Entry.comparingByValue());
            for (int i = 0; i < byAge.size() - maxIds; i++) seen.remove(byAge.get(i).getKey());
        }
        oldest = Long.MAX_VALUE;
        for (long t : seen.values()) oldest = Math.min(oldest, t);
    }
}
