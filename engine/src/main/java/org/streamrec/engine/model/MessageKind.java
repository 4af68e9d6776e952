package org.streamrec.engine.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every kind of message the engine sends a shopper, with the name it has on the wire and in metrics. */
public enum MessageKind {
    /** A replenishment reminder (reminders topic). */
    REMINDER("reminder"),
    /** Items left in the cart without a purchase. */
    ABANDONED_CART("abandoned_cart"),
    /** The price of an item the shopper wanted fell. */
    PRICE_DROP("price_drop"),
    /** An item the shopper favourited or carted is in stock again. */
    BACK_IN_STOCK("back_in_stock"),
    /** An apology offer after a service incident (a delayed order, ...). */
    SERVICE_INCIDENT("service_incident");

    private static final Map<String, MessageKind> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(k -> k.wireName, Function.identity()));

    private final String wireName;

    MessageKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<MessageKind> fromWireName(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }
}
