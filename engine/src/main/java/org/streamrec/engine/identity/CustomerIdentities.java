package org.streamrec.engine.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.streamrec.config.IdentityConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * The customer side of identity resolution: which anonymous ids a customer is linked to. A new link
 * (an identify, or a logged-in event that names an anonymous id) goes to the anonymous side as an
 * identify; a forget_user of the customer goes to each linked anonymous id as its own forget_user.
 * Every event goes on downstream as it came.
 */
public final class CustomerIdentities {
    private final int maxLinks;

    public CustomerIdentities(IdentityConfig config) {
        this.maxLinks = config.maxLinksPerCustomer();
    }

    /**
     * @param downstream where the event goes on
     * @param anonymousSide identify and forget_user events for the anonymous ids, keyed by anonymousId
     */
    public void onEvent(CustomerLinks links, Event e, Consumer<Event> downstream, Consumer<Event> anonymousSide) {
        if (e.type == EventType.FORGET_USER) {
            List<String> linked = new ArrayList<>(links.anonymousIds);
            if (e.anonymousId != null && !linked.contains(e.anonymousId)) linked.add(e.anonymousId);
            for (String anonymousId : linked) anonymousSide.accept(forget(e, anonymousId));
            links.anonymousIds.clear();
        } else if (!links.anonymousIds.contains(e.anonymousId)) {
            links.anonymousIds.add(e.anonymousId);
            anonymousSide.accept(e.type == EventType.IDENTIFY ? e : identify(e));
            while (links.anonymousIds.size() > maxLinks) anonymousSide.accept(forget(e, links.anonymousIds.remove(0)));
        }
        downstream.accept(e);
    }

    /** The forget_user of one anonymous id, caused by {@code cause}. */
    private static Event forget(Event cause, String anonymousId) {
        return derived(cause, EventType.FORGET_USER, cause.eventId + "/forget/" + anonymousId, anonymousId, anonymousId);
    }

    /** The identify a logged-in event that names an anonymous id stands for. */
    private static Event identify(Event e) {
        return derived(e, EventType.IDENTIFY, e.eventId + "/identify", e.userId, e.anonymousId);
    }

    private static Event derived(Event cause, EventType type, String eventId, String userId, String anonymousId) {
        Event d = new Event();
        d.eventId = eventId;
        d.type = type;
        d.userId = userId;
        d.anonymousId = anonymousId;
        d.eventTime = cause.eventTime;
        d.channel = cause.channel;
        return d;
    }
}
