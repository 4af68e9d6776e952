package org.streamrec.engine.messages;

import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.trending.TrendingList;

/** What every ranking instance must know, on one broadcast stream: an item card, a trending list, or a business rule. */
public class SharedUpdate {
    public ItemCard card;
    public TrendingList trending;
    public BusinessRule rule;

    public SharedUpdate() {}

    public static SharedUpdate of(ItemCard card) {
        SharedUpdate u = new SharedUpdate();
        u.card = card;
        return u;
    }

    public static SharedUpdate of(BusinessRule rule) {
        SharedUpdate u = new SharedUpdate();
        u.rule = rule;
        return u;
    }

    public static SharedUpdate of(TrendingList trending) {
        SharedUpdate u = new SharedUpdate();
        u.trending = trending;
        return u;
    }
}
