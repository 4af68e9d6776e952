package org.streamrec.engine.replenish;

import java.util.HashMap;
import java.util.Map;

/** A user's reminders, inside the contact step's state. */
public class ReminderBook {
    /** At most one reminder per item, scheduled or sent. */
    public Map<String, PendingReminder> items = new HashMap<>();

    public ReminderBook() {}
}
