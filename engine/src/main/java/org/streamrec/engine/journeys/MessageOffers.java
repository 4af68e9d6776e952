package org.streamrec.engine.journeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.streamrec.config.OfferConfig;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Offer;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.ranking.BusinessWeights;
import org.streamrec.engine.ranking.ItemIndex;
import org.streamrec.engine.ranking.OfferSelector;

/**
 * The item a message leads with, chosen by the recommendations' own arbitration ({@link OfferSelector}:
 * propensity by position x price x business weight) among the message's items in the order the
 * trigger ranked them, those in stock first. An apology without items (a shopper the engine knows
 * nothing about) chooses among the items that item and campaign rules push (weight above 1).
 */
public final class MessageOffers {
    private MessageOffers() {}

    /** @return the offer, or null when there is nothing to choose from */
    public static Offer choose(Message m, ItemIndex catalogue, Collection<BusinessRule> rules, OfferConfig config) {
        List<String> candidates = m.items.isEmpty() && m.kind == MessageKind.SERVICE_INCIDENT ? pushedItems(rules) : m.items;
        List<String> inStock = candidates.stream().filter(i -> !catalogue.outOfStock(i)).toList();
        List<RankedItem> ranked = new ArrayList<>();
        for (String itemId : inStock.isEmpty() ? candidates : inStock) ranked.add(new RankedItem(itemId, 0, m.reason, m.kind.wireName()));
        return OfferSelector.choose(ranked, catalogue, (itemId, category) -> BusinessWeights.of(rules, itemId, category), config);
    }

    /** Items named by active item or campaign rules with a weight above 1, in rule id order. */
    private static List<String> pushedItems(Collection<BusinessRule> rules) {
        Set<String> items = new LinkedHashSet<>();
        rules.stream().filter(r -> r.active && r.weight > 1).sorted((a, b) -> a.ruleId.compareTo(b.ruleId)).forEach(r -> {
            if ("item".equals(r.scope)) items.add(r.target);
            if ("campaign".equals(r.scope)) items.addAll(r.items);
        });
        return List.copyOf(items);
    }
}
