package org.streamrec.engine.filter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;

/** The items an interaction acts on: a purchase's distinct line items in line order, otherwise its item id. */
public final class EventItems {
    private EventItems() {}

    /** Empty for events that are not interactions or carry no item (e.g. a search without a click). */
    public static List<String> of(Event e) {
        if (e.type == null || !e.type.isInteraction()) return List.of();
        if (e.lines != null && !e.lines.isEmpty()) {
            Set<String> items = new LinkedHashSet<>();
            for (OrderLine line : e.lines) {
                if (line != null && line.itemId != null) items.add(line.itemId);
            }
            return new ArrayList<>(items);
        }
        return e.itemId == null ? List.of() : List.of(e.itemId);
    }
}
