package org.streamrec.engine.messages;

import org.streamrec.engine.model.Event;

/** News about an item for its neighbourhood, which publishes it with the item's neighbours: a catalogue update, or a learned trait. */
public class ItemFact {
    public Event catalogue;
    public ItemTrait trait;

    public ItemFact() {}

    public static ItemFact of(Event catalogueUpdate) {
        ItemFact f = new ItemFact();
        f.catalogue = catalogueUpdate;
        return f;
    }

    public static ItemFact of(ItemTrait trait) {
        ItemFact f = new ItemFact();
        f.trait = trait;
        return f;
    }

    public String itemId() {
        return catalogue != null ? catalogue.itemId : trait.itemId;
    }
}
