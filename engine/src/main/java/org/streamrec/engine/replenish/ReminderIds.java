package org.streamrec.engine.replenish;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Deterministic reminder ids: the same user, items and due time always give the same id. */
public final class ReminderIds {
    private ReminderIds() {}

    /** A name-based UUID of the user, the item ids in the given order, and the due time. */
    public static String of(String userId, List<String> itemIds, long dueTime) {
        String name = userId + '\n' + String.join("\n", itemIds) + '\n' + dueTime;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
