package org.streamrec.tools.faults;

import org.streamrec.engine.model.RankedItem;

/** Which of the user's own items a list entry comes from: what shows that a list knows the user's past. */
public final class PastItemShown {
    private static final String SIMILAR_PREFIX = "often chosen with ";

    private PastItemShown() {}

    /** The item itself when it is offered as bought before, else the item its reason names; null if neither. */
    public static String of(RankedItem item) {
        if (RankedItem.REPEAT.equals(item.source)) return item.itemId;
        int start = item.reason == null ? -1 : item.reason.indexOf(SIMILAR_PREFIX);
        int end = start < 0 ? -1 : item.reason.indexOf(", which you", start);
        return end < 0 ? null : item.reason.substring(start + SIMILAR_PREFIX.length(), end);
    }
}
