package org.streamrec.engine.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.MessageKind;

/** What the contact policy remembers about one shopper: consent, time zone, and what was sent when. */
public class ContactLedger {
    /** The shopper's latest consent answer; null until a consent event came. */
    public Boolean consent;
    /** The latest valid IANA zone the shopper's events carried; null until one did. */
    public String timeZone;
    /** When messages of any kind went out, as far back as the weekly cap looks. */
    public List<Long> sentTimes = new ArrayList<>();
    /** When the latest message of each kind went out, for the cool-downs. */
    public Map<MessageKind, Long> lastSent = new HashMap<>();

    public ContactLedger() {}

    /** Records a message sent at {@code now}, forgetting sends that no longer count against a cap. */
    public void sent(MessageKind kind, long now) {
        sentTimes = ContactPolicy.stillCounting(sentTimes, now);
        sentTimes.add(now);
        lastSent.put(kind, now);
    }
}
