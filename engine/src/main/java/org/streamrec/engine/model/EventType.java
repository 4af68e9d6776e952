package org.streamrec.engine.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every input event type, with the name it has on the wire ({@code "type"} in JSON). */
public enum EventType {
    VIEW("view"),
    ADD_TO_CART("add_to_cart"),
    REMOVE_FROM_CART("remove_from_cart"),
    FAVOURITE("favourite"),
    SEARCH("search"),
    PURCHASE("purchase"),
    RATING("rating"),
    REVIEW("review"),
    /** Items shown to the user; used to stop recommending what the user keeps ignoring. */
    IMPRESSION("impression"),
    CATALOGUE_UPDATE("catalogue_update"),
    CONSENT("consent"),
    FORGET_USER("forget_user"),
    /** Something went wrong for the shopper (an order delayed, ...): triggers an apology offer. */
    SERVICE_INCIDENT("service_incident"),
    /** The shopper behind an anonymous id logged in: links the anonymousId to the userId. */
    IDENTIFY("identify");

    private static final Map<String, EventType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(t -> t.wireName, Function.identity()));

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> fromWireName(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }

    /** Events that say something about a user's taste for an item. */
    public boolean isInteraction() {
        return switch (this) {
            case VIEW, ADD_TO_CART, REMOVE_FROM_CART, FAVOURITE, SEARCH, PURCHASE, RATING, REVIEW -> true;
            default -> false;
        };
    }

    /** Events keyed by item rather than by user. */
    public boolean isCatalogue() {
        return this == CATALOGUE_UPDATE;
    }
}
