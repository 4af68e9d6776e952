package org.streamrec.engine.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ShopperAttributionTest {
    @Test
    void expiryDropsOnlyExposuresShownBeforeTheCutOnceTheMapHasGrown() {
        ShopperAttribution shopper = new ShopperAttribution();
        for (int i = 0; i < 63; i++) shopper.put("old" + i, new Exposure("L1", "list", "v", 1, 1_000));
        shopper.expire(2_000);
        assertEquals(63, shopper.exposures.size(), "a small map is left alone");

        shopper.put("new", new Exposure("L2", "list", "v", 1, 3_000));
        shopper.expire(2_000);
        assertEquals(1, shopper.exposures.size());
        assertNotNull(shopper.get("new"));
        assertNull(shopper.get("old0"));
        assertEquals(64, shopper.expiryAtSize, "next look when the map is large again");
    }
}
