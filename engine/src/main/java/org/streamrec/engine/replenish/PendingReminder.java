package org.streamrec.engine.replenish;

import org.streamrec.engine.model.ReminderItem;

/** A reminder for one item of one user, from its scheduling until a re-buy or expiry closes it. */
public class PendingReminder {
    /** What the message will say about the item; not changed once scheduled. */
    public ReminderItem item;
    /** Predicted run-out minus the lead time. */
    public long dueTime;
    public boolean sent;
    /** When it went out; meaningful once {@link #sent}. */
    public long sentTime;

    public PendingReminder() {}
}
