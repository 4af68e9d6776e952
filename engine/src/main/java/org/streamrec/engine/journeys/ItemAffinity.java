package org.streamrec.engine.journeys;

import org.streamrec.engine.decay.Decay;

/** How much a shopper likes one item, from what they did with it, decayed to {@link #time}. */
public class ItemAffinity {
    public double affinity;
    /** Event time of the last action on the item. */
    public long time;

    public ItemAffinity() {}

    public double at(long now, long halfLifeMillis) {
        return Decay.at(affinity, time, now, halfLifeMillis);
    }
}
