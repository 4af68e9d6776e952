package org.streamrec.tools.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.streamrec.config.ConfigException;
import org.junit.jupiter.api.Test;

class SyntheticShopConfigTest {
    @Test
    void defaultsLoadAndCanBeOverridden() {
        SyntheticShopConfig shop = LaunchConfig.load(null, Map.of("syntheticShop.users", "50",
                "syntheticShop.start", "2024-06-01T12:00:00Z", "syntheticShop.duration", "7d")).tools().syntheticShop();
        assertEquals(50, shop.users());
        assertEquals(Instant.parse("2024-06-01T12:00:00Z"), shop.startTime());
        assertEquals(Duration.ofDays(7), shop.duration());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), LaunchConfig.defaults().tools().syntheticShop().startTime());
    }

    @Test
    void problemsNameTheirKeys() {
        ConfigException e = assertThrows(ConfigException.class, () -> LaunchConfig.load(null, Map.of(
                "syntheticShop.start", "next monday",
                "syntheticShop.items", "3",
                "syntheticShop.categories", "5",
                "syntheticShop.maxEvents", "-1")));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.problems().contains(
                "syntheticShop.start: must be an ISO-8601 instant such as 2025-01-01T00:00:00Z, got next monday"));
        assertTrue(e.problems().contains(
                "syntheticShop.items: must be >= 2 and >= categories (5) so every category has an item, got 3"));
        assertTrue(e.problems().contains("syntheticShop.maxEvents: must be >= 0, got -1"));
    }
}
