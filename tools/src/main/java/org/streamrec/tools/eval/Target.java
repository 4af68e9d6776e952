package org.streamrec.tools.eval;

import java.util.List;
import org.streamrec.engine.filter.EventItems;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/** What a list is scored against. */
public enum Target {
    /** Every item of every user interaction, except remove_from_cart (not something to recommend). */
    NEXT_INTERACTION("next_interaction"),
    /** Every item of every purchase (each order line). */
    NEXT_PURCHASE("next_purchase");

    private final String label;

    Target(String label) {
        this.label = label;
    }

    /** The {@code target} value in metrics.json. */
    public String label() {
        return label;
    }

    /** The items of {@code e} this target is about, before any exclusion; empty for other events. */
    public List<String> items(Event e) {
        if (e.userId == null || e.type == null) return List.of();
        return switch (this) {
            case NEXT_INTERACTION -> e.type == EventType.REMOVE_FROM_CART ? List.of() : EventItems.of(e);
            case NEXT_PURCHASE -> e.type == EventType.PURCHASE ? EventItems.of(e) : List.of();
        };
    }
}
