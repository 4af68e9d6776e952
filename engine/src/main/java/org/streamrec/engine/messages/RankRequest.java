package org.streamrec.engine.messages;

/**
 * From a user's profile to the ranking, once per interaction: everything needed to rank for the user
 * without another look at their state, so the ranking answers at once from its local item index.
 */
public class RankRequest {
    public String userId;
    public String triggerEventId;
    public long eventTime;
    /** Ranking variant; the holdout gets the trending-only policy. */
    public String variant;
    /** The user asked to be forgotten: the ranking emits a tombstone for their list. */
    public boolean forget;
    /** Similar-item seeds, strongest first, with weights and the user's action on each (for reasons). */
    public String[] seeds;
    public double[] seedWeights;
    public String[] seedActions;
    /** Items the user had, strongest first, with their decayed affinities and purchase counts. */
    public String[] repeats;
    public double[] repeatAffinities;
    public int[] repeatPurchases;
    /** Share of this user's interactions that return to an item they had (learned per user). */
    public double returnShare;
    /** Never to recommend now: just seen, rated low, shown too often without reaction. */
    public String[] exclude;
    /** Bought before: shown again only when the item is replenishable. */
    public String[] bought;

    public RankRequest() {}
}
