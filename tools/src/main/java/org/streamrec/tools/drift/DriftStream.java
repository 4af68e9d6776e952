package org.streamrec.tools.drift;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * A generated view stream whose sequential structure shifts at mid-stream. Each category's items
 * lie on a hidden cycle; a session picks a category and a starting item, then walks: the next view
 * is the current item's successor on the cycle with probability {@code followRate}, otherwise a
 * random item of the category. At {@link #shiftTime()} every category's cycle is shuffled anew, so
 * what followed what before the shift no longer does. Deterministic for a seed.
 *
 * @param users shoppers, each with a favourite category they browse half of the time
 * @param hours length of the stream in event time; the shift is at its middle
 * @param sessionsPerHour sessions started per hour, at uniformly random times
 */
public record DriftStream(int users, int categories, int itemsPerCategory, int hours, int sessionsPerHour,
                          double followRate, long startMillis, long seed) {

    private static final long MINUTE = 60_000L;

    public long shiftTime() {
        return startMillis + hours * 3_600_000L / 2;
    }

    /** Every event, in event-time order. */
    public List<Event> events() {
        Random random = new Random(seed);
        int[][] before = cycles(random);
        int[][] after = cycles(random);
        List<Event> events = new ArrayList<>();
        int sessions = hours * sessionsPerHour;
        for (int s = 0; s < sessions; s++) {
            long time = startMillis + (long) (random.nextDouble() * hours * 3_600_000L);
            int user = random.nextInt(users);
            int category = random.nextDouble() < 0.5 ? user % categories : random.nextInt(categories);
            int length = 3 + random.nextInt(6);
            int item = random.nextInt(itemsPerCategory);
            for (int step = 0; step < length; step++, time += MINUTE) {
                events.add(view("s" + s + "-" + step, "u" + user, category, item, time));
                int[] next = (time < shiftTime() ? before : after)[category];
                item = random.nextDouble() < followRate ? next[item] : random.nextInt(itemsPerCategory);
            }
        }
        events.sort(Comparator.comparingLong(e -> e.eventTime));
        return events;
    }

    /** For each category, each item's successor on a random cycle through all its items. */
    private int[][] cycles(Random random) {
        int[][] next = new int[categories][itemsPerCategory];
        for (int c = 0; c < categories; c++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < itemsPerCategory; i++) order.add(i);
            Collections.shuffle(order, random);
            for (int k = 0; k < itemsPerCategory; k++) next[c][order.get(k)] = order.get((k + 1) % itemsPerCategory);
        }
        return next;
    }

    private static Event view(String id, String user, int category, int item, long time) {
        Event e = new Event();
        e.eventId = "drift-" + id;
        e.type = EventType.VIEW;
        e.userId = user;
        e.itemId = "c" + category + "-i" + item;
        e.category = "c" + category;
        e.eventTime = time;
        return e;
    }
}
