package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerConfigTest {

    @Test
    void defaultsLoadAndOverridesApply() {
        TriggerConfig t = ConfigLoader.load(null, Map.of("triggers.abandonedCart.after", "4h",
                "triggers.priceDrop.minPercent", "15")).triggers();
        assertEquals(Duration.ofHours(4), t.abandonedCart().after());
        assertEquals(15, t.priceDrop().minPercent());
    }

    @Test
    void everyBadValueIsNamedByItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(
                "triggers.priceDrop.minPercent", "100",
                "triggers.priceDrop.minViews", "1",
                "triggers.backInStock.minStock", "0",
                "triggers.serviceIncident.offerItems", "0",
                "triggers.forgetAfter", "7d")));
        String all = String.join("\n", e.problems());
        for (String key : new String[] {"triggers.priceDrop.minPercent", "triggers.priceDrop.minViews",
                "triggers.backInStock.minStock", "triggers.serviceIncident.offerItems", "triggers.forgetAfter"}) {
            assertTrue(all.contains(key + ":"), () -> key + " not named in:\n" + all);
        }
        assertTrue(all.contains("longest trigger window (30d)"), all);
    }
}
