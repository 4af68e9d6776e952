package org.streamrec.engine.messages;

import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Event;

/**
 * What every ranking instance must know, on one broadcast stream: a catalogue update, a trending
 * list, a business rule, or an item trait learned from the stream.
 */
public class SharedUpdate {
    public Event catalogue;
    public TrendingList trending;
    public BusinessRule rule;
    public ItemTrait trait;

    public SharedUpdate() {}

    public static SharedUpdate of(Event catalogueUpdate) {
        SharedUpdate u = new SharedUpdate();
        u.catalogue = catalogueUpdate;
        return u;
    }

    public static SharedUpdate of(BusinessRule rule) {
        SharedUpdate u = new SharedUpdate();
        u.rule = rule;
        return u;
    }

    public static SharedUpdate of(ItemTrait trait) {
        SharedUpdate u = new SharedUpdate();
        u.trait = trait;
        return u;
    }

    public static SharedUpdate of(TrendingList trending) {
        SharedUpdate u = new SharedUpdate();
        u.trending = trending;
        return u;
    }
}
