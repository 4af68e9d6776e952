package org.streamrec.engine.identity;

import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/** Which side of identity resolution an event goes through; most events (logged in, no anonymous id) go through none. */
public final class IdentityRoutes {
    private IdentityRoutes() {}

    /** An anonymous shopper's own event (only an anonymous id, which the parser made its user id too). */
    public static boolean isAnonymous(Event e) {
        return e.anonymousId != null && e.anonymousId.equals(e.userId);
    }

    /** Identify, a customer's forget_user, and a customer's event that names an anonymous id: keyed by customer. */
    public static boolean isCustomerSide(Event e) {
        return !isAnonymous(e) && (e.type == EventType.IDENTIFY || e.type == EventType.FORGET_USER || e.anonymousId != null);
    }

    public static boolean bypasses(Event e) {
        return !isAnonymous(e) && !isCustomerSide(e);
    }
}
