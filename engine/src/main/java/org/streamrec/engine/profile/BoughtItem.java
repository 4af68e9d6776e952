package org.streamrec.engine.profile;

/** An item the user bought: how often, and the user's decayed affinity to it now. */
public class BoughtItem {
    public String itemId;
    public int purchases;
    public double affinity;

    public BoughtItem() {}

    public BoughtItem(String itemId, int purchases, double affinity) {
        this.itemId = itemId;
        this.purchases = purchases;
        this.affinity = affinity;
    }
}
