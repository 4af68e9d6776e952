package org.streamrec.engine.messages;

import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.filter.EventItems;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/** Something that happened to an item, for its trending count: an interaction, or news of its category. */
public class ItemActivity {
    public String itemId;
    /** The item's category when the event names it, else null. */
    public String category;
    public boolean interaction;

    public ItemActivity() {}

    public ItemActivity(String itemId, String category, boolean interaction) {
        this.itemId = itemId;
        this.category = category;
        this.interaction = interaction;
    }

    /** One per item the event concerns: catalogue updates that name a category, and interactions. */
    public static List<ItemActivity> of(Event e) {
        if (e.type == EventType.CATALOGUE_UPDATE) {
            return e.category == null ? List.of() : List.of(new ItemActivity(e.itemId, e.category, false));
        }
        List<String> items = EventItems.of(e);
        List<ItemActivity> activities = new ArrayList<>(items.size());
        String category = items.size() == 1 ? e.category : null;
        for (String itemId : items) activities.add(new ItemActivity(itemId, category, true));
        return activities;
    }
}
