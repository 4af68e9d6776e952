package org.streamrec.engine.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.streamrec.config.AttributionConfig;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

/**
 * Last-touch attribution for one user. The user's latest exposure of each item (which list or
 * reminder showed it, when) is kept; a click, add-to-cart or purchase of the item within
 * {@code attribution.window} after that exposure is credited to it, once per list, item and action.
 * A list counts as shown when it is emitted, or, with {@code exposure: impressions}, when an impression
 * event shows its items (each shown item is credited to the user's latest list that held it);
 * a reminder counts as shown when it is sent.
 *
 * <p>Records are handled as they arrive. A shopper can act on a list only after it was delivered,
 * and the list reaches attribution in one hop from the ranking, so it arrives before the action.
 */
public final class Attributor {
    /** Lists that earned a purchase, remembered per user so each counts once as a converting list. */
    static final int CONVERTED_LISTS_KEPT = 100;

    private final long windowMillis;
    private final AttributionConfig.ExposureSource exposure;
    private final int recentLists;

    /** A credit, and whether it is the first purchase its list earned. */
    public record Credit(Attribution attribution, boolean firstPurchaseOfList) {}

    public Attributor(AttributionConfig config) {
        windowMillis = config.window().toMillis();
        exposure = config.exposure();
        recentLists = config.recentLists();
    }

    /**
     * The engine emitted a list for the user.
     *
     * @param recent the user's recent lists, oldest first; kept here with exposure {@code impressions}
     * @return whether the list counts as shown now
     */
    public boolean listEmitted(Recommendation r, ExposureTable table, List<ShownList> recent) throws Exception {
        List<String> items = new ArrayList<>(r.items.size());
        for (RankedItem i : r.items) items.add(i.itemId);
        if (exposure == AttributionConfig.ExposureSource.LISTS) {
            for (int p = 0; p < items.size(); p++) show(table, items.get(p), r.recId, Attribution.LIST, r.variant, p + 1, r.eventTime);
            return true;
        }
        recent.add(new ShownList(r.recId, r.variant, items, r.eventTime));
        if (recent.size() > recentLists) recent.remove(0);
        return false;
    }

    /**
     * An impression event: each shown item is credited to the latest of the user's recent lists
     * emitted at or before it (within the window) that held the item.
     *
     * @return the lists it showed, each once
     */
    public List<ShownList> impression(Event e, ExposureTable table, List<ShownList> recent) throws Exception {
        if (exposure != AttributionConfig.ExposureSource.IMPRESSIONS || e.items == null) return List.of();
        Map<String, ShownList> shown = new LinkedHashMap<>();
        for (String item : e.items) {
            ShownList list = latestHolding(recent, item, e.eventTime);
            if (list == null) continue;
            show(table, item, list.listId, Attribution.LIST, list.variant, list.items.indexOf(item) + 1, e.eventTime);
            shown.putIfAbsent(list.listId, list);
        }
        return List.copyOf(shown.values());
    }

    private ShownList latestHolding(List<ShownList> recent, String item, long at) {
        ShownList latest = null;
        for (ShownList l : recent) {
            boolean inTime = l.emittedAt <= at && at - l.emittedAt <= windowMillis;
            if (inTime && l.items.contains(item) && (latest == null || l.emittedAt >= latest.emittedAt)) latest = l;
        }
        return latest;
    }

    /** A reminder was sent to the user; {@code variant} is the user's arm. */
    public void reminderSent(Reminder r, String variant, ExposureTable table) throws Exception {
        for (ReminderItem i : r.items) show(table, i.itemId, r.reminderId, Attribution.REMINDER, variant, 0, r.dueTime);
    }

    /** Showing an item again in the same list keeps what that list was already credited for it. */
    private static void show(ExposureTable table, String item, String listId, String kind, String variant, int position,
                             long at) throws Exception {
        Exposure current = table.get(item);
        if (current != null && listId.equals(current.listId)) {
            current.shownAt = Math.max(current.shownAt, at);
            table.put(item, current);
        } else {
            table.put(item, new Exposure(listId, kind, variant, position, at));
        }
    }

    /**
     * A user event; clicks, carts and purchases of items shown within the window earn credits.
     *
     * @param convertedLists ids of the user's lists that earned a purchase, oldest first (updated here)
     */
    public List<Credit> action(Event e, ExposureTable table, List<String> convertedLists) throws Exception {
        Optional<Action> action = Action.of(e.type);
        if (action.isEmpty()) return List.of();
        List<Credit> credits = new ArrayList<>(1);
        if (action.get() == Action.PURCHASE) {
            for (Map.Entry<String, OrderLine> line : linesByItem(e).entrySet()) {
                OrderLine l = line.getValue();
                credit(e, Action.PURCHASE, line.getKey(), l.quantity, l.quantity * l.unitPrice, table, convertedLists, credits);
            }
        } else if (e.itemId != null) {
            credit(e, action.get(), e.itemId, 0, 0, table, convertedLists, credits);
        }
        return credits;
    }

    private void credit(Event e, Action action, String itemId, int quantity, double revenue, ExposureTable table,
                        List<String> convertedLists, List<Credit> credits) throws Exception {
        Exposure x = table.get(itemId);
        if (x == null || x.shownAt >= e.eventTime || e.eventTime - x.shownAt > windowMillis || (x.credited & action.bit()) != 0) {
            return;
        }
        x.credited |= action.bit();
        table.put(itemId, x);
        Attribution a = new Attribution();
        a.attributionId = x.listId + ":" + itemId + ":" + action.label();
        a.userId = e.userId;
        a.itemId = itemId;
        a.action = action.label();
        a.kind = x.kind;
        a.listId = x.listId;
        a.variant = x.variant;
        a.position = x.position;
        a.exposedAt = x.shownAt;
        a.eventId = e.eventId;
        a.eventTime = e.eventTime;
        a.quantity = quantity;
        a.revenue = revenue;
        boolean first = action == Action.PURCHASE && !convertedLists.contains(x.listId);
        if (first) {
            convertedLists.add(x.listId);
            if (convertedLists.size() > CONVERTED_LISTS_KEPT) convertedLists.remove(0);
        }
        credits.add(new Credit(a, first));
    }

    /** An order's lines merged per item, so two lines of one item earn one credit with both lines' revenue. */
    private static Map<String, OrderLine> linesByItem(Event e) {
        Map<String, OrderLine> byItem = new LinkedHashMap<>();
        if (e.lines == null) return byItem;
        for (OrderLine l : e.lines) {
            if (l.itemId == null) continue;
            OrderLine merged = byItem.computeIfAbsent(l.itemId, id -> new OrderLine(id, 0, 0));
            double value = merged.quantity * merged.unitPrice + l.quantity * l.unitPrice;
            merged.quantity += l.quantity;
            merged.unitPrice = merged.quantity == 0 ? 0 : value / merged.quantity;
        }
        return byItem;
    }

    /** What an order is worth: the sum of its lines' quantity x unit price. */
    public static double orderValue(Event e) {
        double value = 0;
        if (e.lines != null) for (OrderLine l : e.lines) value += l.quantity * l.unitPrice;
        return value;
    }
}
