package org.streamrec.engine.identity;

import org.streamrec.config.ConfigLoader;
import org.streamrec.config.IdentityConfig;
import org.streamrec.engine.journeys.JourneyEvents;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/** Events as the parser makes them, for the identity tests. */
final class IdentityEvents {
    static final IdentityConfig CONFIG = ConfigLoader.load(null, java.util.Map.of(
            "identity.historyEvents", "3", "identity.historyWindow", "7d", "identity.forgetAfter", "30d",
            "identity.maxLinksPerCustomer", "2")).identity();

    private IdentityEvents() {}

    /** An anonymous shopper's event: only an anonymous id, which becomes the user id. */
    static Event anonymous(EventType type, String anonymousId, String item, long time) {
        Event e = customer(type, anonymousId, item, time);
        e.anonymousId = anonymousId;
        return e;
    }

    static Event customer(EventType type, String userId, String item, long time) {
        return JourneyEvents.user(type, userId, item, time);
    }

    static Event identify(String userId, String anonymousId, long time) {
        Event e = customer(EventType.IDENTIFY, userId, null, time);
        e.anonymousId = anonymousId;
        return e;
    }
}
