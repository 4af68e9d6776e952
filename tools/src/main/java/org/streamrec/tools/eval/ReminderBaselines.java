package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;
import org.streamrec.engine.replenish.PurchaseLines;
import org.streamrec.engine.replenish.ReminderIds;

/**
 * Baseline reminder generators over the same replayed purchases as the engine. Both follow the
 * engine's lifecycle without its model and contact policy: after every purchase of an item, a
 * reminder is planned at the predicted next purchase minus the lead time, unless that is not after
 * the purchase itself; a new purchase of the item before it cancels it (and plans the next one);
 * otherwise it is sent, once, unless the data ends first. Each reminder carries one item, and as
 * its confidence the item's repeat rate observed so far (the share of the item's buyers until then
 * who bought it more than once), the threshold the precision-recall curves sweep ({@link #atLeast}).
 */
public final class ReminderBaselines {
    private ReminderBaselines() {}

    /** {@code fixed_interval}: every purchased item is expected again {@code interval} after each purchase. */
    public static List<Reminder> fixedInterval(List<Event> events, Duration interval, Duration lead) {
        return replay(events, lead, "fixed interval " + interval.toDays() + "d",
                (itemId, time, quantity, previousTime, previousQuantity) -> time + interval.toMillis());
    }

    /**
     * {@code item_median_interval}: an item is expected again after the median per-unit interval seen
     * so far between consecutive purchases of it by the same user (all users), times the quantity.
     * Learned as the replay goes, so it never uses a later purchase; no reminder before an item's
     * first observed interval.
     */
    public static List<Reminder> itemMedianInterval(List<Event> events, Duration lead) {
        Map<String, List<Double>> sortedIntervals = new HashMap<>();
        return replay(events, lead, "item median interval", (itemId, time, quantity, previousTime, previousQuantity) -> {
            List<Double> seen = sortedIntervals.computeIfAbsent(itemId, i -> new ArrayList<>());
            if (previousTime != Predictor.NEVER) {
                double perUnit = (double) (time - previousTime) / previousQuantity;
                int at = Collections.binarySearch(seen, perUnit);
                seen.add(at < 0 ? -at - 1 : at, perUnit);
            }
            if (seen.isEmpty()) return Predictor.NEVER;
            return time + Math.round(quantity * ReminderEvaluation.medianOfSorted(seen));
        });
    }

    /** When a user who bought {@code quantity} of an item at {@code time} is expected to buy it again. */
    private interface Predictor {
        long NEVER = Long.MIN_VALUE;

        /** @param previousTime the user's previous purchase of the item, or NEVER; @return NEVER for no reminder */
        long nextPurchase(String itemId, long time, int quantity, long previousTime, int previousQuantity);
    }

    private record Purchase(long time, int quantity) {}

    private record Planned(ReminderItem item, long due) {}

    /**
     * The reminders a baseline sends with a minimum confidence: those of the threshold-free run whose
     * item's repeat rate reached it. Exact, since a baseline's threshold only decides which planned
     * reminders go out (no caps, no merging).
     */
    public static List<Reminder> atLeast(List<Reminder> reminders, double minConfidence) {
        return reminders.stream().filter(r -> r.items.get(0).confidence >= minConfidence).toList();
    }

    private static List<Reminder> replay(List<Event> events, Duration lead, String reason, Predictor predictor) {
        List<Event> purchases = new ArrayList<>();
        for (Event e : events) {
            if (e.type == EventType.PURCHASE && e.userId != null) purchases.add(e);
        }
        purchases.sort(Comparator.comparingLong(e -> e.eventTime));
        long end = purchases.isEmpty() ? Long.MIN_VALUE : purchases.get(purchases.size() - 1).eventTime;

        Map<String, Map<String, Purchase>> last = new HashMap<>();
        Map<String, java.util.Set<String>> buyers = new HashMap<>();
        Map<String, java.util.Set<String>> repeaters = new HashMap<>();
        Map<String, Map<String, Planned>> planned = new HashMap<>();
        List<Reminder> sent = new ArrayList<>();
        for (Event e : purchases) {
            Map<String, Purchase> userLast = last.computeIfAbsent(e.userId, u -> new HashMap<>());
            Map<String, Planned> userPlanned = planned.computeIfAbsent(e.userId, u -> new HashMap<>());
            for (Map.Entry<String, Integer> line : PurchaseLines.quantities(e).entrySet()) {
                String itemId = line.getKey();
                Planned previousPlan = userPlanned.remove(itemId);
                if (previousPlan != null && previousPlan.due() < e.eventTime) {
                    sent.add(reminder(e.userId, previousPlan));
                }
                Purchase previous = userLast.put(itemId, new Purchase(e.eventTime, line.getValue()));
                if (!buyers.computeIfAbsent(itemId, i -> new java.util.HashSet<>()).add(e.userId)) {
                    repeaters.computeIfAbsent(itemId, i -> new java.util.HashSet<>()).add(e.userId);
                }
                long next = predictor.nextPurchase(itemId, e.eventTime, line.getValue(),
                        previous == null ? Predictor.NEVER : previous.time(), previous == null ? 0 : previous.quantity());
                if (next == Predictor.NEVER) continue;
                long due = next - lead.toMillis();
                if (due <= e.eventTime) continue;
                ReminderItem item = new ReminderItem();
                item.itemId = itemId;
                item.lastPurchaseTime = e.eventTime;
                item.lastQuantity = line.getValue();
                item.predictedRunOut = next;
                item.confidence = (double) repeaters.getOrDefault(itemId, java.util.Set.of()).size() / buyers.get(itemId).size();
                item.reason = reason;
                userPlanned.put(itemId, new Planned(item, due));
            }
        }
        for (Map.Entry<String, Map<String, Planned>> user : planned.entrySet()) {
            for (Planned p : user.getValue().values()) {
                if (p.due() <= end) sent.add(reminder(user.getKey(), p));
            }
        }
        sent.sort(Comparator.<Reminder>comparingLong(r -> r.dueTime).thenComparing(r -> r.reminderId));
        return sent;
    }

    private static Reminder reminder(String userId, Planned p) {
        Reminder r = new Reminder();
        r.userId = userId;
        r.items = List.of(p.item());
        r.dueTime = p.due();
        r.reminderId = ReminderIds.of(userId, List.of(p.item().itemId), p.due());
        return r;
    }
}
