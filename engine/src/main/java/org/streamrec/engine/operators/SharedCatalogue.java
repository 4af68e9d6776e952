package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.ranking.CatalogueItem;

/**
 * The catalogue and the business rules as broadcast state: how updates apply, and how to read them.
 * (The ranking keeps the same two maps; it can use these once it is rewritten.)
 */
final class SharedCatalogue {
    private SharedCatalogue() {}

    /** Applies a catalogue update or a rule; other updates are ignored. */
    static void apply(SharedUpdate update, BroadcastState<String, CatalogueItem> catalogue,
                      BroadcastState<String, BusinessRule> rules) throws Exception {
        if (update.catalogue != null) {
            CatalogueItem current = catalogue.get(update.catalogue.itemId);
            catalogue.put(update.catalogue.itemId, (current == null ? new CatalogueItem() : current).updatedBy(update.catalogue));
        }
        if (update.rule != null) {
            if (update.rule.active) rules.put(update.rule.ruleId, update.rule);
            else rules.remove(update.rule.ruleId);
        }
    }

    static <V> Function<String, V> lookup(ReadOnlyBroadcastState<String, V> state) {
        return key -> {
            try {
                return state.get(key);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static List<BusinessRule> rules(ReadOnlyBroadcastState<String, BusinessRule> state) throws Exception {
        List<BusinessRule> rules = new ArrayList<>();
        for (Map.Entry<String, BusinessRule> rule : state.immutableEntries()) rules.add(rule.getValue());
        return rules;
    }
}
