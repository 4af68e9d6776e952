package org.streamrec.tools.eval;

import java.util.List;
import java.util.Optional;
import org.streamrec.engine.model.Event;

/**
 * The event-time span of a replay's interactions, from which the eval fractions (score window, kNN
 * training cut) are measured. The 0.1% most extreme timestamps at each end are ignored, so a few
 * stray timestamps (the Taobao files have rows months before the rest) cannot move the cuts; with
 * fewer than 1,000 interactions the span is simply first to last.
 */
public record TimeSpan(long start, long end) {
    private static final double TRIMMED = 0.001;

    /** Empty when the replay has no interactions. */
    public static Optional<TimeSpan> of(List<Event> replay) {
        long[] times = replay.stream()
                .filter(e -> !Target.NEXT_INTERACTION.items(e).isEmpty())
                .mapToLong(e -> e.eventTime)
                .sorted()
                .toArray();
        if (times.length == 0) return Optional.empty();
        int trim = (int) Math.floor(TRIMMED * times.length);
        return Optional.of(new TimeSpan(times[trim], times[times.length - 1 - trim]));
    }

    /** The time at this fraction (0..1) of the span. */
    public long at(double fraction) {
        return start + Math.round(fraction * (end - start));
    }
}
