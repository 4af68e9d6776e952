package org.streamrec.engine.attribution;

import java.util.Optional;
import org.streamrec.engine.model.EventType;

/** What a shopper did with an item that earns a list credit. */
public enum Action {
    /** A view of the item's page: the shopper followed it. */
    CLICK("click"),
    CART("cart"),
    PURCHASE("purchase");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    /** The name in metrics and on the attributions topic. */
    public String label() {
        return label;
    }

    int bit() {
        return 1 << ordinal();
    }

    public static Optional<Action> of(EventType type) {
        return switch (type) {
            case VIEW -> Optional.of(CLICK);
            case ADD_TO_CART -> Optional.of(CART);
            case PURCHASE -> Optional.of(PURCHASE);
            default -> Optional.empty();
        };
    }
}
