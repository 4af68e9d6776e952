package org.streamrec.engine.profile;

import org.streamrec.engine.filter.EventIds;
import org.streamrec.engine.filter.ImpressionLog;
import org.streamrec.engine.intent.IntentState;

/**
 * Everything the engine keeps per user, in one value so an event reads and writes the user's state
 * once: recent event ids (dedup), the profile (with each item's recent views, for price-drop
 * interest), impressions without a reaction, and the purchase-intent score. A Flink POJO.
 */
public class UserState {
    public EventIds eventIds = new EventIds();
    public UserProfile profile;
    public ImpressionLog impressions = new ImpressionLog();
    public IntentState intent = new IntentState();

    public UserState() {}

    public UserState(int excludeLastEvents) {
        this.profile = new UserProfile(excludeLastEvents);
    }
}
