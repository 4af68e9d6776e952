package org.streamrec.connectors.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * Turns what a dataset says about items into catalogue_update events, so a replay feeds the engine
 * its catalogue the way production does: an update goes out before an item's first use that carries
 * a category or price, and again whenever either changes, carrying only what changed. Unknown
 * values (null) never trigger one.
 */
final class CatalogueAnnouncer {
    private record Known(String category, Double price, int version) {}

    private final String eventIdPrefix;
    private final Map<String, Known> known = new HashMap<>();

    /** @param eventIdPrefix the dataset's id prefix; update ids are {@code PREFIX-catalogue-ITEM-VERSION} */
    CatalogueAnnouncer(String eventIdPrefix) {
        this.eventIdPrefix = eventIdPrefix;
    }

    /** Appends an update to {@code out} if the category or price is news for this item. */
    void announce(String itemId, String category, Double price, long eventTime, List<Event> out) {
        Known before = known.getOrDefault(itemId, new Known(null, null, 0));
        String changedCategory = category == null || category.equals(before.category) ? null : category;
        Double changedPrice = price == null || price.equals(before.price) ? null : price;
        if (changedCategory == null && changedPrice == null) return;
        Known now = new Known(
                changedCategory != null ? changedCategory : before.category,
                changedPrice != null ? changedPrice : before.price,
                before.version + 1);
        known.put(itemId, now);
        Event update = new Event();
        update.eventId = eventIdPrefix + "-catalogue-" + itemId + "-" + now.version;
        update.type = EventType.CATALOGUE_UPDATE;
        update.eventTime = eventTime;
        update.itemId = itemId;
        update.category = changedCategory;
        update.price = changedPrice;
        out.add(update);
    }
}
