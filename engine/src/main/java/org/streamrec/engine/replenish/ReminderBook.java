package org.streamrec.engine.replenish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-user state of the reminder step. */
public class ReminderBook {
    /** At most one reminder per item, scheduled or sent. */
    public Map<String, PendingReminder> items = new HashMap<>();
    /** When messages went out, as far back as the weekly cap looks. */
    public List<Long> sentTimes = new ArrayList<>();
    /** The latest valid IANA zone the user's events carried; null until one did. */
    public String timeZone;
    /** The user's latest consent answer; null until a consent event came. */
    public Boolean consent;

    public ReminderBook() {}
}
