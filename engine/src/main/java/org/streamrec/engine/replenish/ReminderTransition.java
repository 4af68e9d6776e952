package org.streamrec.engine.replenish;

/** What happened to one item's reminder; counted as metrics. */
public enum ReminderTransition {
    /** A purchase scheduled a reminder. */
    SCHEDULED,
    /** Sent to the user (alone or merged with others). */
    SENT,
    /** Dropped unsent: the user bought again before it fired, withdrew consent, or it was evicted. */
    CANCELLED,
    /** The user bought the item within the expiry window after the reminder. */
    CONVERTED,
    /** Sent but not acted upon in time (or dropped for the per-user bound). */
    EXPIRED,
    /** Held back by the contact policy until it expired, never sent. */
    DROPPED
}
