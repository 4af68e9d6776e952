package org.streamrec.engine.ranking;

import org.streamrec.engine.model.Event;

/** What the catalogue says about an item; fields stay null until an update sets them. */
public class CatalogueItem {
    public String category;
    public String brand;
    public Double price;
    public Integer stock;
    public Boolean replenishable;

    public CatalogueItem() {}

    /** This item with the non-null fields of a catalogue update applied. */
    public CatalogueItem updatedBy(Event update) {
        CatalogueItem next = new CatalogueItem();
        next.category = update.category != null ? update.category : category;
        next.brand = update.brand != null ? update.brand : brand;
        next.price = update.price != null ? update.price : price;
        next.stock = update.stock != null ? update.stock : stock;
        next.replenishable = update.replenishable != null ? update.replenishable : replenishable;
        return next;
    }

    public boolean outOfStock() {
        return stock != null && stock <= 0;
    }
}
