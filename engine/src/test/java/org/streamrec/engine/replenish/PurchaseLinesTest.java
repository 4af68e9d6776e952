package org.streamrec.engine.replenish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

class PurchaseLinesTest {

    private static Event purchase(String itemId, OrderLine... lines) {
        Event e = new Event();
        e.type = EventType.PURCHASE;
        e.itemId = itemId;
        e.lines = lines.length == 0 ? null : Arrays.asList(lines);
        return e;
    }

    @Test
    void addsUpLinesOfTheSameItemAndCountsAtLeastOneUnit() {
        Map<String, Integer> units = PurchaseLines.quantities(purchase(null,
                new OrderLine("milk", 2, 1.0), new OrderLine("bread", 0, 2.0),
                new OrderLine("milk", 1, 1.0), new OrderLine(null, 4, 1.0), null));
        assertEquals(Map.of("milk", 3, "bread", 1), units);
        assertEquals(List.of("bread", "milk"), List.copyOf(units.keySet()));
    }

    @Test
    void aPurchaseWithoutLinesIsOneUnitOfItsItem() {
        assertEquals(Map.of("formula", 1), PurchaseLines.quantities(purchase("formula")));
        assertEquals(Map.of(), PurchaseLines.quantities(purchase(null)));
    }
}
