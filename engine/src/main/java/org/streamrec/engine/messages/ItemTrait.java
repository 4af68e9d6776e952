package org.streamrec.engine.messages;

/** What the engine learned about an item from the stream: whether shoppers buy it again. */
public class ItemTrait {
    public String itemId;
    public boolean replenishable;

    public ItemTrait() {}

    public ItemTrait(String itemId, boolean replenishable) {
        this.itemId = itemId;
        this.replenishable = replenishable;
    }
}
