package org.streamrec.tools.bench;

import java.util.Map;

/**
 * Checkpointed state after {@code events} events from {@code activeUsers} distinct users on
 * {@code activeItems} distinct items. User-keyed operators' state is charged to users, item-keyed
 * operators' state to items; {@code otherBytes} is the rest (source offsets, broadcast catalogue).
 */
public record StateResult(int users, int items, long events, long activeUsers, long activeItems,
                          long userBytes, long itemBytes, long otherBytes, Map<String, Long> bytesByOperator) {
    public double bytesPerUser() {
        return (double) userBytes / activeUsers;
    }

    public double bytesPerItem() {
        return (double) itemBytes / activeItems;
    }
}
