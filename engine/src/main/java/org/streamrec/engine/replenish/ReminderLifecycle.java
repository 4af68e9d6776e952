package org.streamrec.engine.replenish;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.streamrec.config.ReminderConfig;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

/**
 * The life of a user's reminders. A purchase (re)schedules the item's reminder at predicted run-out
 * minus the lead time, replacing any earlier one: a re-buy before it fired cancels it, a re-buy after
 * it was sent converts it. When reminders fall due, the contact policy decides when the message may
 * go out; it then carries every item due within the merge window. A sent reminder not acted upon
 * within expireAfter is closed, and so is one the policy held back that long. Contact is allowed
 * unless the latest consent said no, or, with requireExplicitConsent, until a consent said yes;
 * while it is not allowed nothing is scheduled, and withdrawing it cancels everything pending.
 *
 * <p>The caller owns the time: it calls {@link #onTime} at every moment {@link #nextWakeUp} names
 * (and may call it at any other), always with non-decreasing times.
 */
public final class ReminderLifecycle {
    private static final Comparator<PendingReminder> LEAST_RECENT =
            Comparator.<PendingReminder>comparingLong(r -> r.item.lastPurchaseTime).thenComparing(r -> r.item.itemId);

    private final RepurchaseModel model;
    private final ContactPolicy policy;
    private final long leadTime;
    private final long mergeWindow;
    private final long expireAfter;
    private final double minConfidence;
    private final int maxItemsPerUser;
    private final boolean requireExplicitConsent;
    private final ZoneId defaultZone;

    public ReminderLifecycle(ReminderConfig config) {
        this.model = new RepurchaseModel(config);
        this.policy = new ContactPolicy(config);
        this.leadTime = config.leadTime().toMillis();
        this.mergeWindow = config.mergeWindow().toMillis();
        this.expireAfter = config.expireAfter().toMillis();
        this.minConfidence = config.minConfidence();
        this.maxItemsPerUser = config.maxItemsPerUser();
        this.requireExplicitConsent = config.requireExplicitConsent();
        this.defaultZone = ZoneId.of(config.defaultTimeZone());
    }

    public void onPurchase(ReminderBook book, PurchaseObservation o, Consumer<ReminderTransition> log) {
        expire(book, o.purchaseTime, log);
        PendingReminder previous = book.items.remove(o.itemId);
        if (previous != null) log.accept(previous.sent ? ReminderTransition.CONVERTED : ReminderTransition.CANCELLED);
        if (!mayContact(book)) return;
        Optional<RepurchasePrediction> prediction = model.predict(o);
        if (prediction.isEmpty() || prediction.get().confidence() < minConfidence) return;
        long due = prediction.get().runOut() - leadTime;
        if (due <= o.purchaseTime) return;
        book.items.put(o.itemId, pending(o, prediction.get(), due));
        log.accept(ReminderTransition.SCHEDULED);
        while (book.items.size() > maxItemsPerUser) {
            PendingReminder oldest = book.items.values().stream().min(LEAST_RECENT).orElseThrow();
            book.items.remove(oldest.item.itemId);
            log.accept(oldest.sent ? ReminderTransition.EXPIRED : ReminderTransition.CANCELLED);
        }
    }

    public void onConsent(ReminderBook book, boolean granted, Consumer<ReminderTransition> log) {
        book.consent = granted;
        if (mayContact(book)) return;
        for (PendingReminder r : book.items.values()) {
            if (!r.sent) log.accept(ReminderTransition.CANCELLED);
        }
        book.items.clear();
    }

    /** Remembers the user's time zone; a name that is not a valid zone id is ignored. */
    public void onTimeZone(ReminderBook book, String timeZone) {
        if (parseZone(timeZone).isPresent()) book.timeZone = timeZone;
    }

    /** Closes what expired by {@code now}, then sends the message that is due now, if the policy allows. */
    public Optional<Reminder> onTime(ReminderBook book, String userId, long now, Consumer<ReminderTransition> log) {
        expire(book, now, log);
        boolean anyDue = book.items.values().stream().anyMatch(r -> !r.sent && r.dueTime <= now);
        if (!anyDue || policy.earliestSendTime(now, book.sentTimes, zone(book)) > now) return Optional.empty();
        List<PendingReminder> batch = new ArrayList<>();
        for (PendingReminder r : book.items.values()) {
            if (!r.sent && r.dueTime <= now + mergeWindow) batch.add(r);
        }
        batch.sort(Comparator.comparing(r -> r.item.itemId));
        Reminder message = new Reminder();
        message.userId = userId;
        message.dueTime = now;
        message.items = new ArrayList<>();
        List<String> itemIds = new ArrayList<>();
        for (PendingReminder r : batch) {
            r.sent = true;
            r.sentTime = now;
            message.items.add(r.item);
            itemIds.add(r.item.itemId);
            log.accept(ReminderTransition.SENT);
        }
        message.reminderId = ReminderIds.of(userId, itemIds, now);
        book.sentTimes = ContactPolicy.stillCounting(book.sentTimes, now);
        book.sentTimes.add(now);
        return Optional.of(message);
    }

    /** The next time after {@code now} at which {@link #onTime} has something to do; empty when none. */
    public OptionalLong nextWakeUp(ReminderBook book, long now) {
        long next = Long.MAX_VALUE;
        boolean heldBack = false;
        for (PendingReminder r : book.items.values()) {
            if (r.sent) {
                next = Math.min(next, r.sentTime + expireAfter);
            } else {
                next = Math.min(next, r.dueTime + expireAfter);
                if (r.dueTime > now) next = Math.min(next, r.dueTime);
                else heldBack = true;
            }
        }
        if (heldBack) next = Math.min(next, policy.earliestSendTime(now, book.sentTimes, zone(book)));
        return next == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(Math.max(next, now + 1));
    }

    private void expire(ReminderBook book, long now, Consumer<ReminderTransition> log) {
        Iterator<PendingReminder> it = book.items.values().iterator();
        while (it.hasNext()) {
            PendingReminder r = it.next();
            if ((r.sent ? r.sentTime : r.dueTime) + expireAfter <= now) {
                it.remove();
                log.accept(ReminderTransition.EXPIRED);
            }
        }
    }

    private boolean mayContact(ReminderBook book) {
        return requireExplicitConsent ? Boolean.TRUE.equals(book.consent) : !Boolean.FALSE.equals(book.consent);
    }

    private ZoneId zone(ReminderBook book) {
        return parseZone(book.timeZone).orElse(defaultZone);
    }

    private static Optional<ZoneId> parseZone(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static PendingReminder pending(PurchaseObservation o, RepurchasePrediction p, long due) {
        PendingReminder r = new PendingReminder();
        r.item = new ReminderItem();
        r.item.itemId = o.itemId;
        r.item.lastPurchaseTime = o.purchaseTime;
        r.item.lastQuantity = o.quantity;
        r.item.predictedRunOut = p.runOut();
        r.item.confidence = p.confidence();
        r.item.reason = p.reason();
        r.dueTime = due;
        return r;
    }
}
