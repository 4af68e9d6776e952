package org.streamrec.engine.contact;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.streamrec.config.ContactConfig;
import org.streamrec.config.CoolDownConfig;
import org.streamrec.engine.model.MessageKind;

/**
 * When a shopper may be contacted, whatever the message: with consent, at most maxPerDay messages
 * of all kinds in any rolling 24 hours and maxPerWeek in any rolling 7 days, never during quiet
 * hours in the shopper's own time zone, and not within a kind's cool-down after the last message of
 * that kind.
 */
public final class ContactPolicy {
    public static final long DAY_MS = 86_400_000L;
    public static final long WEEK_MS = 7 * DAY_MS;

    private final int maxPerDay;
    private final int maxPerWeek;
    private final int quietStart;
    private final int quietEnd;
    private final boolean requireExplicitConsent;
    private final ZoneId defaultZone;
    private final Map<MessageKind, Long> coolDown = new EnumMap<>(MessageKind.class);

    public ContactPolicy(ContactConfig config) {
        this.maxPerDay = config.maxPerDay();
        this.maxPerWeek = config.maxPerWeek();
        this.quietStart = config.quietHoursStart();
        this.quietEnd = config.quietHoursEnd();
        this.requireExplicitConsent = config.requireExplicitConsent();
        this.defaultZone = ZoneId.of(config.defaultTimeZone());
        CoolDownConfig c = config.coolDown();
        coolDown.put(MessageKind.REMINDER, c.reminder().toMillis());
        coolDown.put(MessageKind.ABANDONED_CART, c.abandonedCart().toMillis());
        coolDown.put(MessageKind.PRICE_DROP, c.priceDrop().toMillis());
        coolDown.put(MessageKind.BACK_IN_STOCK, c.backInStock().toMillis());
        coolDown.put(MessageKind.SERVICE_INCIDENT, c.serviceIncident().toMillis());
    }

    /**
     * When a message may go out at or after {@code proposed}.
     *
     * @param time the earliest allowed time
     * @param heldBy null when that is {@code proposed}; else the cool-down or the cap, whichever holds
     *     it longer, or quiet hours when neither holds it
     */
    public record Release(long time, SuppressReason heldBy) {}

    /** When a message of {@code kind} may go out, given what the ledger says was sent (all at or before {@code proposed}). */
    public Release release(MessageKind kind, long proposed, ContactLedger ledger) {
        Long last = ledger.lastSent.get(kind);
        long coolEnd = last == null ? proposed : Math.max(proposed, last + coolDown.get(kind));
        long capEnd = capRelease(proposed, ledger.sentTimes);
        long t = afterQuietHours(Math.max(coolEnd, capEnd), zone(ledger));
        if (t == proposed) return new Release(t, null);
        if (Math.max(coolEnd, capEnd) == proposed) return new Release(t, SuppressReason.QUIET_HOURS);
        return new Release(t, coolEnd >= capEnd ? SuppressReason.COOLDOWN : SuppressReason.CAP);
    }

    /**
     * The earliest time at or after {@code proposed} at which one more message may go out under the
     * caps and quiet hours, given the times of the messages already sent (all at or before {@code proposed}).
     */
    public long earliestSendTime(long proposed, List<Long> sentTimes, ZoneId zone) {
        // Later times only see fewer messages in the windows, so leaving quiet hours keeps the caps.
        return afterQuietHours(capRelease(proposed, sentTimes), zone);
    }

    /** Whether the shopper may be contacted at all, by the latest consent answer. */
    public boolean mayContact(ContactLedger ledger) {
        return requireExplicitConsent ? Boolean.TRUE.equals(ledger.consent) : !Boolean.FALSE.equals(ledger.consent);
    }

    /** The shopper's zone, or the default one. */
    public ZoneId zone(ContactLedger ledger) {
        return parseZone(ledger.timeZone).orElse(defaultZone);
    }

    /** Remembers the shopper's time zone; a name that is not a valid zone id is ignored. */
    public static void learnZone(ContactLedger ledger, String timeZone) {
        if (parseZone(timeZone).isPresent()) ledger.timeZone = timeZone;
    }

    /** The sends that still count against a cap at {@code now}; older ones can be forgotten. */
    public static List<Long> stillCounting(List<Long> sentTimes, long now) {
        List<Long> kept = new ArrayList<>();
        for (long s : sentTimes) {
            if (s > now - WEEK_MS) kept.add(s);
        }
        return kept;
    }

    private long capRelease(long proposed, List<Long> sentTimes) {
        List<Long> newestFirst = new ArrayList<>(sentTimes);
        newestFirst.sort(Comparator.reverseOrder());
        return Math.max(
                releaseTime(proposed, newestFirst, DAY_MS, maxPerDay),
                releaseTime(proposed, newestFirst, WEEK_MS, maxPerWeek));
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

    private static Optional<ZoneId> parseZone(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
