package org.streamrec.engine.contact;

import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.replenish.ReminderTransition;

/** What the contact step reports as it decides; the operator turns it into metrics. */
public interface ContactLog {
    /** One message went out (a reminder carrying several items counts once). */
    void sent(MessageKind kind);

    /** One message (for reminders: one item's reminder) will not go out. */
    void suppressed(MessageKind kind, SuppressReason reason);

    /** One item's reminder changed state. */
    void reminder(ReminderTransition transition);
}
