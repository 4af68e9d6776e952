package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.testutils.MetricListener;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Attribution;

class AttributionMetricsTest {
    private final MetricListener listener = new MetricListener();
    private final AttributionMetrics metrics = new AttributionMetrics(listener.getMetricGroup(), "cooc-v1", "holdout");

    @Test
    void countsByVariantWithRevenueInCents() {
        metrics.newShopper("holdout");
        metrics.purchase("cooc-v1", 12.345);
        metrics.shown("cooc-v1", Attribution.LIST);
        Attribution a = new Attribution();
        a.variant = "cooc-v1";
        a.kind = Attribution.LIST;
        a.action = "purchase";
        a.revenue = 7.5;
        metrics.credited(a, true);
        metrics.credited(a, false);

        assertEquals(1, count("variant", "holdout", "shoppers"));
        assertEquals(1, count("variant", "cooc-v1", "purchases"));
        assertEquals(1235, count("variant", "cooc-v1", "revenueCents"));
        assertEquals(1, count("variant", "cooc-v1", "kind", "list", "impressions"));
        assertEquals(2, count("variant", "cooc-v1", "kind", "list", "action", "purchase", "attributedConversions"));
        assertEquals(1500, count("variant", "cooc-v1", "kind", "list", "attributedRevenueCents"));
        assertEquals(1, count("variant", "cooc-v1", "kind", "list", "attributedLists"));
        assertEquals(0, count("variant", "holdout", "kind", "reminder", "action", "click", "attributedConversions"),
                "every variant, kind and action is exported from the start");
    }

    private long count(String... path) {
        String[] full = new String[path.length + 1];
        full[0] = "streamrec";
        System.arraycopy(path, 0, full, 1, path.length);
        return listener.getCounter(full).map(Counter::getCount).orElseThrow(() -> new AssertionError(String.join(".", full)));
    }
}
