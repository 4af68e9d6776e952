package org.streamrec.engine.contact;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.streamrec.engine.model.MessageKind;

/** Deterministic message ids: the same user, kind, items and trigger time always give the same id. */
public final class MessageIds {
    private MessageIds() {}

    public static String of(String userId, MessageKind kind, List<String> itemIds, long triggerTime) {
        String name = userId + '\n' + kind.wireName() + '\n' + String.join("\n", itemIds) + '\n' + triggerTime;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
