package org.streamrec.engine.operators;

import org.apache.flink.metrics.MetricGroup;
import org.streamrec.engine.attribution.Action;
import org.streamrec.engine.model.Attribution;

/**
 * The attribution's counters, by variant (the list's, or the shopper's arm): shoppers, purchases and
 * revenue of every shopper, and what lists and reminders showed and earned. Revenue is counted in
 * hundredths of the price unit (cents), since Flink counters are whole numbers.
 */
final class AttributionMetrics {
    private static final String[] KINDS = {Attribution.LIST, Attribution.REMINDER};

    private final EngineMetrics.LabelledCounter shoppers;
    private final EngineMetrics.LabelledCounter purchases;
    private final EngineMetrics.LabelledCounter revenue;
    private final EngineMetrics.LabelledCounter impressions;
    private final EngineMetrics.LabelledCounter conversions;
    private final EngineMetrics.LabelledCounter attributedRevenue;
    private final EngineMetrics.LabelledCounter attributedLists;

    /** @param variants exported at 0 from the start, so rates and ratios exist before the first sale */
    AttributionMetrics(MetricGroup operatorGroup, String... variants) {
        MetricGroup group = EngineMetrics.of(operatorGroup);
        shoppers = EngineMetrics.counter(group, "shoppers", "variant");
        purchases = EngineMetrics.counter(group, "purchases", "variant");
        revenue = EngineMetrics.counter(group, "revenueCents", "variant");
        impressions = EngineMetrics.counter(group, "impressions", "variant", "kind");
        conversions = EngineMetrics.counter(group, "attributedConversions", "variant", "kind", "action");
        attributedRevenue = EngineMetrics.counter(group, "attributedRevenueCents", "variant", "kind");
        attributedLists = EngineMetrics.counter(group, "attributedLists", "variant", "kind");
        for (String variant : variants) {
            shoppers.register(variant);
            purchases.register(variant);
            revenue.register(variant);
            for (String kind : KINDS) {
                impressions.register(variant, kind);
                attributedRevenue.register(variant, kind);
                attributedLists.register(variant, kind);
                for (Action action : Action.values()) conversions.register(variant, kind, action.label());
            }
        }
    }

    void newShopper(String arm) {
        shoppers.add(1, arm);
    }

    void purchase(String arm, double value) {
        purchases.add(1, arm);
        revenue.add(cents(value), arm);
    }

    void shown(String variant, String kind) {
        impressions.add(1, variant, kind);
    }

    void credited(Attribution a, boolean firstPurchaseOfList) {
        conversions.add(1, a.variant, a.kind, a.action);
        if (a.revenue > 0) attributedRevenue.add(cents(a.revenue), a.variant, a.kind);
        if (firstPurchaseOfList) attributedLists.add(1, a.variant, a.kind);
    }

    private static long cents(double value) {
        return Math.round(value * 100);
    }
}
