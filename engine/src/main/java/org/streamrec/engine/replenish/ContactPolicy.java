package org.streamrec.engine.replenish;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.streamrec.config.ReminderConfig;

/**
 * When a user may be contacted: at most maxPerDay messages in any rolling 24 hours and maxPerWeek in
 * any rolling 7 days, and never during quiet hours in the user's own time zone.
 */
public final class ContactPolicy {
    public static final long DAY_MS = 86_400_000L;
    public static final long WEEK_MS = 7 * DAY_MS;

    private final int maxPerDay;
    private final int maxPerWeek;
    private final int quietStart;
    private final int quietEnd;

    public ContactPolicy(ReminderConfig config) {
        this.maxPerDay = config.maxPerDay();
        this.maxPerWeek = config.maxPerWeek();
        this.quietStart = config.quietHoursStart();
        this.quietEnd = config.quietHoursEnd();
    }

    /**
     * The earliest time at or after {@code proposed} at which one more message may go out, given the
     * times of the messages already sent (all at or before {@code proposed}).
     */
    public long earliestSendTime(long proposed, List<Long> sentTimes, ZoneId zone) {
        List<Long> newestFirst = new ArrayList<>(sentTimes);
        newestFirst.sort(Comparator.reverseOrder());
        long t = Math.max(
                releaseTime(proposed, newestFirst, DAY_MS, maxPerDay),
                releaseTime(proposed, newestFirst, WEEK_MS, maxPerWeek));
        // Later times only see fewer messages in the windows, so leaving quiet hours keeps the caps.
        return afterQuietHours(t, zone);
    }

    /** The sends that still count against a cap at {@code now}; older ones can be forgotten. */
    public static List<Long> stillCounting(List<Long> sentTimes, long now) {
        List<Long> kept = new ArrayList<>();
        for (long s : sentTimes) {
            if (s > now - WEEK_MS) kept.add(s);
        }
        return kept;
    }

    /** Earliest t >= proposed with fewer than cap sends in (t - window, t]. */
    private static long releaseTime(long proposed, List<Long> newestFirst, long window, int cap) {
        int inWindow = 0;
        for (long s : newestFirst) {
            if (s > proposed - window) inWindow++;
        }
        if (inWindow < cap) return proposed;
        // The cap-th newest send leaves the window exactly one window after it was sent.
        return newestFirst.get(cap - 1) + window;
    }

    private long afterQuietHours(long t, ZoneId zone) {
        if (quietStart == quietEnd) return t;
        ZonedDateTime local = Instant.ofEpochMilli(t).atZone(zone);
        int hour = local.getHour();
        boolean quiet = quietStart < quietEnd
                ? hour >= quietStart && hour < quietEnd
                : hour >= quietStart || hour < quietEnd;
        if (!quiet) return t;
        ZonedDateTime end = local.toLocalDate().atTime(LocalTime.of(quietEnd, 0)).atZone(zone);
        if (!end.isAfter(local)) end = end.plusDays(1);
        return end.toInstant().toEpochMilli();
    }
}
