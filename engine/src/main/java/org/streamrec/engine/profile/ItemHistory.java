package org.streamrec.engine.profile;

import org.streamrec.engine.decay.Decay;

/** What one user did with one item: a Flink POJO held inside {@link UserProfile}. */
public class ItemHistory {
    /** Strongest positive action weight ever; an earlier session's contribution to co-occurrence. */
    public double rating;
    /** Strongest action weight in the session of {@link #time}; the current session's contribution. */
    public double sessionRating;
    /** Sum of action weights, decayed to {@link #time}. */
    public double affinity;
    /** Event time of the last interaction. */
    public long time;
    /** Explicit rating 1..5, 0 if none. */
    public int explicitRating;
    /** The action behind {@link #rating}, for human-readable reasons. */
    public String strongestAction;
    public int purchases;
    public int unitsBought;
    public int lastQuantity;
    public long lastPurchaseTime;
    /** The latest views, for the repeated-views rule (journeys.RepeatedViews); null until the item is viewed. */
    public ViewTrail views;

    public ItemHistory() {}

    public double affinityAt(long now, long halfLifeMillis) {
        return Decay.at(affinity, time, now, halfLifeMillis);
    }
}
