package org.streamrec.engine.replenish;

import java.util.Map;
import java.util.TreeMap;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;

/** The units bought per item in one purchase event. */
public final class PurchaseLines {
    private PurchaseLines() {}

    /**
     * Units per item, in item order. Lines of the same item are added up; a line with no item is
     * skipped; a quantity below 1 counts as 1 (the item was bought). A purchase with no lines but an
     * itemId is one unit of that item.
     */
    public static Map<String, Integer> quantities(Event purchase) {
        Map<String, Integer> units = new TreeMap<>();
        if (purchase.lines != null && !purchase.lines.isEmpty()) {
            for (OrderLine line : purchase.lines) {
                if (line != null && line.itemId != null) {
                    units.merge(line.itemId, Math.max(1, line.quantity), Integer::sum);
                }
            }
        } else if (purchase.itemId != null) {
            units.put(purchase.itemId, 1);
        }
        return units;
    }
}
