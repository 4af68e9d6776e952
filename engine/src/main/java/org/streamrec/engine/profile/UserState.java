package org.streamrec.engine.profile;

import org.streamrec.engine.filter.EventIds;
import org.streamrec.engine.filter.ImpressionLog;

/**
 * Everything the engine keeps per user, in one value so an event reads and writes the user's state
 * once: recent event ids (dedup), the profile, and impressions without a reaction. A Flink POJO.
 */
public class UserState {
    public EventIds eventIds = new EventIds();
    public UserProfile profile;
    public ImpressionLog impressions = new ImpressionLog();

    public UserState() {}

    public UserState(int excludeLastEvents) {
        this.profile = new UserProfile(excludeLastEvents);
    }
}
