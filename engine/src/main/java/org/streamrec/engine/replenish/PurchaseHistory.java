package org.streamrec.engine.replenish;

import java.util.HashMap;
import java.util.Map;

/** Per-user state of the interval step: the user's purchases by item, bounded in size. */
public class PurchaseHistory {
    public Map<String, ItemPurchases> items = new HashMap<>();

    public PurchaseHistory() {}
}
