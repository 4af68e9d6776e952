package org.streamrec.engine.replenish;

import org.streamrec.engine.model.Event;

/** Per-item state of the item step: what the catalogue says about the item, and its repurchase statistics. */
public class ItemProfile {
    public String category;
    public Boolean replenishable;
    public CycleStats stats = new CycleStats();

    public ItemProfile() {}

    /** Takes the fields a catalogue update sets; a field the update leaves null keeps its value. */
    public void applyCatalogue(Event update) {
        if (update.category != null) category = update.category;
        if (update.replenishable != null) replenishable = update.replenishable;
    }

    /** Counts the observation and stamps it with the catalogue facts and the item's statistics. */
    public void observe(PurchaseObservation o) {
        stats.add(o);
        o.category = category;
        o.catalogueReplenishable = replenishable;
        o.itemStats = stats.copy();
    }
}
