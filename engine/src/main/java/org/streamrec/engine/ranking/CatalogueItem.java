package org.streamrec.engine.ranking;

import org.streamrec.engine.model.Event;

/** What the catalogue says about an item; fields stay null until an update sets them. */
public class CatalogueItem {
    public String category;
    public String brand;
    public Double price;
    public Integer stock;
    /** The catalogue's own flag; when set it overrides {@link #learnedReplenishable}. */
    public Boolean replenishable;
    /** Learned from the stream: enough shoppers buy the item again. */
    public Boolean learnedReplenishable;

    public CatalogueItem() {}

    /** This item with the non-null fields of a catalogue update applied. */
    public CatalogueItem updatedBy(Event update) {
        CatalogueItem next = new CatalogueItem();
        next.category = update.category != null ? update.category : category;
        next.brand = update.brand != null ? update.brand : brand;
        next.price = update.price != null ? update.price : price;
        next.stock = update.stock != null ? update.stock : stock;
        next.replenishable = update.replenishable != null ? update.replenishable : replenishable;
        next.learnedReplenishable = learnedReplenishable;
        return next;
    }

    /** This item with a learned replenishability. */
    public CatalogueItem learned(boolean replenishable) {
        CatalogueItem next = updatedBy(new Event());
        next.learnedReplenishable = replenishable;
        return next;
    }

    /** Bought again by shoppers: the catalogue's flag if it has one, else what the stream taught. */
    public boolean isReplenishable() {
        return replenishable != null ? replenishable : Boolean.TRUE.equals(learnedReplenishable);
    }

    public boolean outOfStock() {
        return stock != null && stock <= 0;
    }
}
