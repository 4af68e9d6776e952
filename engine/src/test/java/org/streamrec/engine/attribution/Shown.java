package org.streamrec.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

/** Lists and reminders for attribution tests. */
public final class Shown {
    private Shown() {}

    public static Recommendation list(String user, String id, String variant, long eventTime, String... items) {
        Recommendation r = new Recommendation();
        r.recId = id;
        r.userId = user;
        r.variant = variant;
        r.eventTime = eventTime;
        r.items = new ArrayList<>();
        for (String i : items) r.items.add(new RankedItem(i, 1.0, "test", RankedItem.SIMILAR));
        return r;
    }

    public static Reminder reminder(String user, String id, long dueTime, String item) {
        Reminder r = new Reminder();
        r.reminderId = id;
        r.userId = user;
        r.dueTime = dueTime;
        ReminderItem i = new ReminderItem();
        i.itemId = item;
        r.items = List.of(i);
        return r;
    }
}
