package org.streamrec.engine.messages;

import java.util.List;
import org.streamrec.engine.profile.BoughtItem;

/** What the ranking needs to know about the user for one request, and how many seed answers to await. */
public class RankContext {
    public String userId;
    public long requestId;
    public int expectedResponses;
    public String triggerEventId;
    public long eventTime;
    /** Items never to show: the user's recent items when ranking.excludeRecent is on. */
    public List<String> exclude;
    /** The user's purchases: dropped from the list, or offered again when the item is replenishable. */
    public List<BoughtItem> bought;
    /** The items the triggering event acted on: they are no longer ignored impressions. */
    public List<String> actedOn;

    public RankContext() {}
}
