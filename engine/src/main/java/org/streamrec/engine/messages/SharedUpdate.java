package org.streamrec.engine.messages;

import org.streamrec.engine.model.Event;

/** What every ranking instance must know, on one broadcast stream: a catalogue update or a trending list. */
public class SharedUpdate {
    public Event catalogue;
    public TrendingList trending;

    public SharedUpdate() {}

    public static SharedUpdate of(Event catalogueUpdate) {
        SharedUpdate u = new SharedUpdate();
        u.catalogue = catalogueUpdate;
        return u;
    }

    public static SharedUpdate of(TrendingList trending) {
        SharedUpdate u = new SharedUpdate();
        u.trending = trending;
        return u;
    }
}
