package org.streamrec.config;

import java.io.Serializable;
import java.time.Duration;

/** The triggered offers' state machines: when each fires, and how much they remember. Keys under {@code triggers.}. */
public record TriggerConfig(
        AbandonedCartConfig abandonedCart,
        PriceDropConfig priceDrop,
        BackInStockConfig backInStock,
        ServiceIncidentConfig serviceIncident,
        int maxItemsPerUser,
        int maxWatchersPerItem,
        Duration forgetAfter) implements Serializable {

    void validate(Problems p) {
        if (abandonedCart == null) p.add("abandonedCart", "must be set");
        else abandonedCart.validate(p.section("abandonedCart"));
        if (priceDrop == null) p.add("priceDrop", "must be set");
        else priceDrop.validate(p.section("priceDrop"));
        if (backInStock == null) p.add("backInStock", "must be set");
        else backInStock.validate(p.section("backInStock"));
        if (serviceIncident == null) p.add("serviceIncident", "must be set");
        else serviceIncident.validate(p.section("serviceIncident"));
        p.positive("maxItemsPerUser", maxItemsPerUser);
        p.positive("maxWatchersPerItem", maxWatchersPerItem);
        p.positive("forgetAfter", forgetAfter);
        if (forgetAfter != null && priceDrop != null && backInStock != null && abandonedCart != null
                && priceDrop.window() != null && backInStock.window() != null && abandonedCart.after() != null) {
            Duration longest = max(max(priceDrop.window(), backInStock.window()), abandonedCart.after());
            if (forgetAfter.compareTo(longest) < 0) {
                p.add("forgetAfter", "must be >= the longest trigger window (" + Durations.format(longest)
                        + "), or shoppers are forgotten before their triggers can fire, got " + Durations.format(forgetAfter));
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Keys under {@code triggers.abandonedCart.}. */
    public record AbandonedCartConfig(Duration after, int maxItems) implements Serializable {
        void validate(Problems p) {
            p.positive("after", after);
            p.positive("maxItems", maxItems);
        }
    }

    /** Keys under {@code triggers.priceDrop.}. */
    public record PriceDropConfig(double minPercent, Duration window, int minViews) implements Serializable {
        void validate(Problems p) {
            if (!(minPercent > 0 && minPercent < 100)) p.add("minPercent", "must be strictly between 0 and 100, got " + minPercent);
            p.positive("window", window);
            if (minViews < 2) p.add("minViews", "must be >= 2 (viewed repeatedly), got " + minViews);
        }
    }

    /** Keys under {@code triggers.backInStock.}. */
    public record BackInStockConfig(Duration window, int minStock) implements Serializable {
        void validate(Problems p) {
            p.positive("window", window);
            p.positive("minStock", minStock);
        }
    }

    /** Keys under {@code triggers.serviceIncident.}. */
    public record ServiceIncidentConfig(int offerItems) implements Serializable {
        void validate(Problems p) {
            p.positive("offerItems", offerItems);
        }
    }
}
