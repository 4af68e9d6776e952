package org.streamrec.engine.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.streamrec.config.ContactConfig;
import org.streamrec.config.ReminderConfig;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.replenish.PurchaseObservation;
import org.streamrec.engine.replenish.ReminderLifecycle;
import org.streamrec.engine.replenish.ReminderTransition;

/**
 * The one contact step every message to a shopper goes through, replenishment reminders and
 * triggered offers alike, under one {@link ContactPolicy}. A triggered offer is considered at the
 * time it fired; it goes out as soon as the policy allows, or is dropped when that would be more than
 * {@code contact.maxDelay} later, when the shopper may not be contacted, or when the shopper buys
 * one of its items first. Reminders follow their {@link ReminderLifecycle}. Messages due at the
 * same moment are considered in the order they fell due, then by kind, so every run decides alike.
 *
 * <p>The caller owns the time: it calls {@link #onTime} at every moment {@link #nextWakeUp} names
 * and after every input (at the input's time), always with non-decreasing times.
 */
public final class ContactDesk {
    private final ContactPolicy policy;
    private final ReminderLifecycle reminders;
    private final long maxDelay;

    public ContactDesk(ContactConfig contact, ReminderConfig reminders) {
        this.policy = new ContactPolicy(contact);
        this.reminders = new ReminderLifecycle(reminders);
        this.maxDelay = contact.maxDelay().toMillis();
    }

    public void onTimeZone(ContactBook book, String timeZone) {
        ContactPolicy.learnZone(book.ledger, timeZone);
    }

    public void onConsent(ContactBook book, boolean granted, ContactLog log) {
        book.ledger.consent = granted;
        if (!policy.mayContact(book.ledger)) dropEverything(book, SuppressReason.CONSENT, log);
    }

    /** The shopper asked to be forgotten: nothing pending goes out. The caller then drops the book. */
    public void onForget(ContactBook book, ContactLog log) {
        dropEverything(book, SuppressReason.CONSENT, log);
    }

    /**
     * A purchased item: its reminder is rescheduled, and triggered offers about it are cancelled (an
     * apology is not: its items are only where its offer comes from).
     */
    public void onPurchase(ContactBook book, PurchaseObservation o, ContactLog log) {
        onTimeZone(book, o.timeZone);
        reminders.onPurchase(book.reminders, o, policy.mayContact(book.ledger), reminderLog(log, SuppressReason.CANCELLED));
        Iterator<Message> it = book.pending.iterator();
        while (it.hasNext()) {
            Message m = it.next();
            if (m.kind != MessageKind.SERVICE_INCIDENT && m.items.contains(o.itemId) && m.triggerTime <= o.purchaseTime) {
                it.remove();
                log.suppressed(m.kind, SuppressReason.CANCELLED);
            }
        }
    }

    /** A triggered offer for {@code m.userId}, at the time it fired; {@link #onTime} at that time decides whether it goes out. */
    public void onTriggered(ContactBook book, Message m, String timeZone, ContactLog log) {
        onTimeZone(book, timeZone);
        if (!policy.mayContact(book.ledger)) {
            log.suppressed(m.kind, SuppressReason.CONSENT);
            return;
        }
        m.messageId = MessageIds.of(m.userId, m.kind, m.items, m.triggerTime);
        book.pending.add(m);
    }

    /** Closes what expired, then sends what is due and allowed at {@code now}. */
    public void onTime(ContactBook book, String userId, long now, Consumer<Reminder> sendReminder,
                       Consumer<Message> sendMessage, ContactLog log) {
        reminders.expire(book.reminders, now, reminderLog(log, SuppressReason.CANCELLED));
        for (Due due : dueAt(book, now)) {
            ContactPolicy.Release release = policy.release(due.kind, now, book.ledger);
            if (release.time() <= now) {
                book.ledger.sent(due.kind, now);
                log.sent(due.kind);
                if (due.message == null) {
                    reminders.send(book.reminders, userId, now, reminderLog(log, SuppressReason.CANCELLED))
                            .ifPresent(sendReminder);
                } else {
                    book.pending.remove(due.message);
                    due.message.sendTime = now;
                    sendMessage.accept(due.message);
                }
            } else if (due.message != null && release.time() > due.message.triggerTime + maxDelay) {
                book.pending.remove(due.message);
                log.suppressed(due.kind, release.heldBy());
            }
        }
    }

    /** The next time after {@code now} at which {@link #onTime} has something to do; empty when none. */
    public OptionalLong nextWakeUp(ContactBook book, long now) {
        long next = Long.MAX_VALUE;
        for (Message m : book.pending) next = Math.min(next, policy.release(m.kind, now, book.ledger).time());
        OptionalLong reminder = reminders.nextWakeUp(book.reminders, now,
                () -> policy.release(MessageKind.REMINDER, now, book.ledger).time());
        if (reminder.isPresent()) next = Math.min(next, reminder.getAsLong());
        return next == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(Math.max(next, now + 1));
    }

    /** A message that may go out now: the user's due reminders (message null), or a pending triggered offer. */
    private record Due(long since, MessageKind kind, Message message) {}

    private List<Due> dueAt(ContactBook book, long now) {
        List<Due> due = new ArrayList<>();
        reminders.dueSince(book.reminders, now).ifPresent(t -> due.add(new Due(t, MessageKind.REMINDER, null)));
        for (Message m : book.pending) {
            if (m.triggerTime <= now) due.add(new Due(m.triggerTime, m.kind, m));
        }
        due.sort(Comparator.comparingLong(Due::since).thenComparing(Due::kind)
                .thenComparing(d -> d.message == null ? "" : d.message.messageId));
        return due;
    }

    private void dropEverything(ContactBook book, SuppressReason reason, ContactLog log) {
        reminders.cancelAll(book.reminders, reminderLog(log, reason));
        for (Message m : book.pending) log.suppressed(m.kind, reason);
        book.pending.clear();
    }

    /** Reports reminder transitions, and those that mean a reminder will not go out as suppressions. */
    private static Consumer<ReminderTransition> reminderLog(ContactLog log, SuppressReason cancelledBecause) {
        return t -> {
            log.reminder(t);
            if (t == ReminderTransition.CANCELLED) log.suppressed(MessageKind.REMINDER, cancelledBecause);
            if (t == ReminderTransition.DROPPED) log.suppressed(MessageKind.REMINDER, SuppressReason.EXPIRED);
        };
    }
}
