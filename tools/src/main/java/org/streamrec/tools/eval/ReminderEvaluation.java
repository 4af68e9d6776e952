package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

/**
 * Scores reminders against the purchases that actually followed, in the replayed event time.
 *
 * <p>The window W (7 days by default, {@link #DEFAULT_WINDOW}) is the time a reminder is given to
 * work: a reminder for item i sent to user u at time s is a <b>hit</b> when u buys i at some t with
 * s &lt; t &lt;= s + W.
 * <ul>
 *   <li><b>precision</b> = hits / judged reminder items. Only reminders whose whole window ends by
 *       the user's last purchase in the data are judged: after that the data cannot say whether the
 *       user came back (in Instacart, each user's last order has no items).</li>
 *   <li><b>recall</b> = covered repurchases / repurchases. A repurchase is a purchase of an item the
 *       user had bought before, at time t with the previous purchase at p; it is covered when a
 *       reminder for the item went to the user at some s with max(p, t - W) &lt;= s &lt; t. Reminders
 *       before p belong to the previous purchase.</li>
 *   <li><b>timing error</b>: for each hit, the days from the reminder to the first purchase of the
 *       item after it (so between 0 and W); the median over all hits.</li>
 * </ul>
 * Each item of a merged message counts as its own reminder.
 */
public final class ReminderEvaluation {
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    private static final double DAY_MS = 86_400_000d;

    private ReminderEvaluation() {}

    /**
     * @param events the replayed events (purchases are used, other types ignored), in any order
     * @param reminders the reminders emitted over the same replay
     */
    public static ReminderScores score(List<Event> events, List<Reminder> reminders, Duration window) {
        return score(events, reminders, window, new ScoreWindow(Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /**
     * The same, counting only reminders sent, and repurchases made, within {@code scored} (the eval's
     * score window), so that a threshold can be tuned on one part of the replay and reported on another.
     */
    public static ReminderScores score(List<Event> events, List<Reminder> reminders, Duration window, ScoreWindow scored) {
        long w = window.toMillis();
        ReminderPurchases purchases = new ReminderPurchases(events);
        Map<String, Map<String, List<Long>>> sentTimes = new HashMap<>();
        long emitted = 0;
        long judged = 0;
        long hits = 0;
        List<Double> gapsDays = new ArrayList<>();
        for (Reminder r : reminders) {
            if (!scored.contains(r.dueTime)) continue;
            for (ReminderItem item : r.items) {
                emitted++;
                sentTimes.computeIfAbsent(r.userId, u -> new HashMap<>())
                        .computeIfAbsent(item.itemId, i -> new ArrayList<>()).add(r.dueTime);
                if (r.dueTime + w > purchases.lastPurchase(r.userId)) continue;
                judged++;
                List<Long> times = purchases.times(r.userId, item.itemId);
                int next = ReminderPurchases.firstAfter(times, r.dueTime);
                if (next < times.size() && times.get(next) <= r.dueTime + w) {
                    hits++;
                    gapsDays.add((times.get(next) - r.dueTime) / DAY_MS);
                }
            }
        }
        sentTimes.values().forEach(items -> items.values().forEach(Collections::sort));

        long repurchases = 0;
        long covered = 0;
        for (Map.Entry<String, Map<String, List<Long>>> user : purchases.all().entrySet()) {
            for (Map.Entry<String, List<Long>> item : user.getValue().entrySet()) {
                List<Long> sent = sentTimes.getOrDefault(user.getKey(), Map.of()).getOrDefault(item.getKey(), List.of());
                List<Long> times = item.getValue();
                for (int k = 1; k < times.size(); k++) {
                    long t = times.get(k);
                    if (!scored.contains(t)) continue;
                    repurchases++;
                    long from = Math.max(times.get(k - 1), t - w);
                    // The last reminder strictly before t, if it is not before the window.
                    int before = ReminderPurchases.firstAfter(sent, t - 1) - 1;
                    if (before >= 0 && sent.get(before) >= from) covered++;
                }
            }
        }
        Collections.sort(gapsDays);
        return new ReminderScores(emitted, judged, hits, ratio(hits, judged), repurchases, covered,
                ratio(covered, repurchases), medianOfSorted(gapsDays));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** The median of an ascending list; NaN when empty. */
    static double medianOfSorted(List<Double> sorted) {
        int n = sorted.size();
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
