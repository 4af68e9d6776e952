package org.streamrec.engine.identity;

import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.model.Event;

/** One anonymous id: the customer it is linked to, or, until then, its latest interactions to replay at login. */
public class AnonymousTrail {
    /** The customer the id is linked to; null while anonymous. */
    public String customerId;
    /** While anonymous: the latest interactions, in event-time order. */
    public List<Event> history = new ArrayList<>();
    /** Event time of the id's latest event. */
    public long lastSeen;
    /** When the clean-up timer of the id is set to look whether it expired; 0 when none is set. */
    public long cleanupAt;

    public AnonymousTrail() {}
}
