package org.streamrec.engine.identity;

import java.util.Comparator;
import java.util.function.Consumer;
import org.streamrec.config.IdentityConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * The anonymous side of identity resolution, one anonymous id at a time. Until it is linked, its
 * events go on as the anonymous shopper's own and its latest interactions are kept; at the link
 * (an identify from the customer side) they are replayed to the customer, each a copy marked
 * {@code mergedFrom} the anonymous id, within {@code identity.historyWindow} of the login; after it,
 * the id's events go to the customer. A second identify for the same customer changes nothing, so
 * a replayed or repeated identify never merges twice; one for another customer re-links the id
 * without a replay (its history went to the first). A forget_user (the id's own, or the customer's
 * fanned out) goes on and the caller drops the trail.
 */
public final class AnonymousShoppers {
    private static final Comparator<Event> BY_TIME = Comparator.<Event>comparingLong(e -> e.eventTime).thenComparing(e -> e.eventId);

    private final int historyEvents;
    private final long historyWindow;
    private final long forgetAfter;

    public AnonymousShoppers(IdentityConfig config) {
        this.historyEvents = config.historyEvents();
        this.historyWindow = config.historyWindow().toMillis();
        this.forgetAfter = config.forgetAfter().toMillis();
    }

    /** An event of the anonymous id: its own, or an identify or forget_user from the customer side. */
    public void onEvent(AnonymousTrail trail, Event e, Consumer<Event> downstream) {
        trail.lastSeen = Math.max(trail.lastSeen, e.eventTime);
        if (e.type == EventType.IDENTIFY) {
            link(trail, e, downstream);
        } else if (e.type == EventType.FORGET_USER) {
            downstream.accept(e);
        } else if (trail.customerId != null) {
            Event routed = e.copy();
            routed.userId = trail.customerId;
            downstream.accept(routed);
        } else {
            downstream.accept(e);
            if (e.type.isInteraction() && historyEvents > 0) remember(trail, e);
        }
    }

    /** Whether the id has been unseen for identity.forgetAfter at {@code now}. */
    public boolean expired(AnonymousTrail trail, long now) {
        return trail.lastSeen + forgetAfter <= now;
    }

    /** When the trail expires if nothing else happens. */
    public long expiry(AnonymousTrail trail) {
        return trail.lastSeen + forgetAfter;
    }

    private void link(AnonymousTrail trail, Event identify, Consumer<Event> downstream) {
        if (identify.userId.equals(trail.customerId)) return;
        trail.customerId = identify.userId;
        for (Event h : trail.history) {
            if (h.eventTime < identify.eventTime - historyWindow) continue;
            Event merged = h.copy();
            merged.userId = identify.userId;
            merged.mergedFrom = identify.anonymousId;
            downstream.accept(merged);
        }
        trail.history.clear();
    }

    private void remember(AnonymousTrail trail, Event e) {
        trail.history.add(e.copy());
        trail.history.sort(BY_TIME);
        while (trail.history.size() > historyEvents) trail.history.remove(0);
    }
}
