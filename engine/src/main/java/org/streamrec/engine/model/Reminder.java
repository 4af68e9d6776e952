package org.streamrec.engine.model;

import java.util.List;

/**
 * A replenishment reminder, keyed by user on the reminders topic. Reminders due for the same user
 * within the merge window travel as one message with several items.
 */
public class Reminder {
    public static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    /** Deterministic id (user, items, due time), so a consumer can also dedupe. */
    public String reminderId;
    public String userId;
    public List<ReminderItem> items;
    /** Event time at which the reminder fired. */
    public long dueTime;

    public Reminder() {}
}
