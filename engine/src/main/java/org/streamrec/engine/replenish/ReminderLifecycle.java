package org.streamrec.engine.replenish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.streamrec.config.ReminderConfig;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

/**
 * The life of a user's reminders. A purchase (re)schedules the item's reminder at predicted run-out
 * minus the lead time, replacing any earlier one: a re-buy before it fired cancels it, a re-buy after
 * it was sent converts it. When reminders fall due and the contact policy lets one go out (the
 * caller asks it, see {@code contact.ContactDesk}), the message carries every item due within the
 * merge window. A sent reminder not acted upon within expireAfter is closed, and so is one the policy
 * held back that long (dropped). While contact is not allowed nothing is scheduled.
 *
 * <p>The caller owns the time: it calls {@link #expire} and {@link #send} at every moment
 * {@link #nextWakeUp} names (and may call them at any other), always with non-decreasing times.
 */
public final class ReminderLifecycle {
    private static final Comparator<PendingReminder> LEAST_RECENT =
            Comparator.<PendingReminder>comparingLong(r -> r.item.lastPurchaseTime).thenComparing(r -> r.item.itemId);

    private final RepurchaseModel model;
    private final long leadTime;
    private final long mergeWindow;
    private final long expireAfter;
    private final double minConfidence;
    private final int maxItemsPerUser;

    public ReminderLifecycle(ReminderConfig config) {
        this.model = new RepurchaseModel(config);
        this.leadTime = config.leadTime().toMillis();
        this.mergeWindow = config.mergeWindow().toMillis();
        this.expireAfter = config.expireAfter().toMillis();
        this.minConfidence = config.minConfidence();
        this.maxItemsPerUser = config.maxItemsPerUser();
    }

    /** A purchase closes the item's reminder, if any, and schedules the next one when the user may be contacted. */
    public void onPurchase(ReminderBook book, PurchaseObservation o, boolean mayContact, Consumer<ReminderTransition> log) {
        expire(book, o.purchaseTime, log);
        PendingReminder previous = book.items.remove(o.itemId);
        if (previous != null) log.accept(previous.sent ? ReminderTransition.CONVERTED : ReminderTransition.CANCELLED);
        if (!mayContact) return;
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

    /** Contact is no longer allowed: every reminder is closed, the unsent ones cancelled. */
    public void cancelAll(ReminderBook book, Consumer<ReminderTransition> log) {
        for (PendingReminder r : book.items.values()) {
            if (!r.sent) log.accept(ReminderTransition.CANCELLED);
        }
        book.items.clear();
    }

    /** Closes what expired by {@code now}: sent reminders nobody acted on, and unsent ones held back too long. */
    public void expire(ReminderBook book, long now, Consumer<ReminderTransition> log) {
        Iterator<PendingReminder> it = book.items.values().iterator();
        while (it.hasNext()) {
            PendingReminder r = it.next();
            if ((r.sent ? r.sentTime : r.dueTime) + expireAfter <= now) {
                it.remove();
                log.accept(r.sent ? ReminderTransition.EXPIRED : ReminderTransition.DROPPED);
            }
        }
    }

    /** The earliest due time of an unsent reminder due by {@code now}; empty when none is. */
    public OptionalLong dueSince(ReminderBook book, long now) {
        return book.items.values().stream().filter(r -> !r.sent && r.dueTime <= now).mapToLong(r -> r.dueTime).min();
    }

    /**
     * The message that goes out at {@code now}, when the contact policy allows it: every unsent item
     * due within the merge window, marked sent. Empty when nothing is due.
     */
    public Optional<Reminder> send(ReminderBook book, String userId, long now, Consumer<ReminderTransition> log) {
        if (dueSince(book, now).isEmpty()) return Optional.empty();
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
        return Optional.of(message);
    }

    /**
     * The next time after {@code now} at which something is due or expires; empty when none.
     *
     * @param heldUntil when the contact policy next lets a reminder go out; asked only when one is due and held back
     */
    public OptionalLong nextWakeUp(ReminderBook book, long now, LongSupplier heldUntil) {
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
        if (heldBack) next = Math.min(next, heldUntil.getAsLong());
        return next == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(Math.max(next, now + 1));
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
