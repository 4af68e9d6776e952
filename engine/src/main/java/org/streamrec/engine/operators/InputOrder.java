package org.streamrec.engine.operators;

import java.util.Comparator;
import org.apache.flink.types.Either;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.replenish.PurchaseObservation;

/** Total orders for records that share a timestamp, so that every run handles them alike. */
final class InputOrder {
    /** By type in declaration order (purchases before consent before forget_user), then by event id. */
    static final Comparator<Event> EVENTS = Comparator.<Event, Integer>comparing(e -> e.type == null ? -1 : e.type.ordinal())
            .thenComparing(e -> e.eventId, Comparator.nullsFirst(Comparator.naturalOrder()));

    static final Comparator<PurchaseObservation> OBSERVATIONS =
            Comparator.<PurchaseObservation, String>comparing(o -> o.userId).thenComparing(o -> o.itemId);

    private InputOrder() {}

    /** Events first when {@code eventsFirst}, else observations first. */
    static Comparator<Either<Event, PurchaseObservation>> mixed(boolean eventsFirst) {
        return (a, b) -> {
            if (a.isLeft() != b.isLeft()) return a.isLeft() == eventsFirst ? -1 : 1;
            return a.isLeft() ? EVENTS.compare(a.left(), b.left()) : OBSERVATIONS.compare(a.right(), b.right());
        };
    }
}
