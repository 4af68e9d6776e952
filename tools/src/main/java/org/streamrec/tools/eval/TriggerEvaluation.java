package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;

/**
 * Scores triggered offers against the purchases that followed them in the replay. A message sent at
 * s to user u is a <b>hit</b> when u buys one of its items at some t with s &lt; t &lt;= s + W (a
 * week, {@link #WINDOW}). Only messages whose window ends by the last event of the data are judged:
 * after that the data cannot say. <b>precision</b> = hits / judged messages; <b>messages</b> is the
 * volume sent.
 *
 * <p>Every kind the engine sent is scored. Abandoned carts also get the baseline {@value #EVERY_CART}:
 * a message for every add_to_cart, one item each, the engine's delay ({@code triggers.abandonedCart.after})
 * after it, whether or not the shopper bought in between; it shows what the engine's choice of whom
 * to message (no purchase in the meantime, contact policy) is worth. Price drops, restocks and
 * incidents need catalogue updates and incidents, which the public datasets do not have.
 */
public final class TriggerEvaluation {
    public static final Duration WINDOW = Duration.ofDays(7);
    public static final String ENGINE = "engine";
    public static final String EVERY_CART = "every_cart";

    /** One model's messages of one kind. Precision is NaN when no message was judged. */
    public record Row(String model, MessageKind kind, long messages, long judged, long hits, double precision) {}

    private TriggerEvaluation() {}

    /**
     * @param events the replayed events, in any order
     * @param messages the triggered offers the engine sent over the same replay
     * @param cartDelay the engine's triggers.abandonedCart.after, for the baseline
     */
    public static List<Row> score(List<Event> events, List<Message> messages, Duration cartDelay) {
        ReminderPurchases purchases = new ReminderPurchases(events);
        long end = events.stream().mapToLong(e -> e.eventTime).max().orElse(Long.MIN_VALUE);
        Map<MessageKind, Tally> engine = new TreeMap<>();
        for (Message m : messages) engine.computeIfAbsent(m.kind, k -> new Tally()).add(purchases, end, m.userId, m.items, m.sendTime);
        Tally everyCart = new Tally();
        for (Event e : events) {
            if (e.type == EventType.ADD_TO_CART && e.userId != null) {
                everyCart.add(purchases, end, e.userId, List.of(e.itemId), e.eventTime + cartDelay.toMillis());
            }
        }
        List<Row> rows = new ArrayList<>();
        engine.forEach((kind, t) -> rows.add(t.row(ENGINE, kind)));
        if (everyCart.messages > 0) rows.add(everyCart.row(EVERY_CART, MessageKind.ABANDONED_CART));
        return rows;
    }

    /** The rows as a Markdown table. */
    public static String table(List<Row> rows) {
        StringBuilder md = new StringBuilder("| model | kind | messages | judged | bought within 7d | precision |\n|---|---|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s |%n", r.model(), r.kind().wireName(), r.messages(),
                    r.judged(), r.hits(), Double.isNaN(r.precision()) ? "n/a" : String.format(Locale.ROOT, "%.4f", r.precision())));
        }
        if (rows.isEmpty()) md.append("| (no triggered offers, and no add_to_cart in the data) | | | | | |\n");
        return md.toString();
    }

    /** Counts of one model's messages of one kind. */
    private static final class Tally {
        long messages;
        long judged;
        long hits;

        void add(ReminderPurchases purchases, long end, String userId, List<String> items, long sent) {
            messages++;
            long w = WINDOW.toMillis();
            if (sent + w > end) return;
            judged++;
            for (String item : items) {
                List<Long> times = purchases.times(userId, item);
                int next = ReminderPurchases.firstAfter(times, sent);
                if (next < times.size() && times.get(next) <= sent + w) {
                    hits++;
                    return;
                }
            }
        }

        Row row(String model, MessageKind kind) {
            return new Row(model, kind, messages, judged, hits, judged == 0 ? Double.NaN : (double) hits / judged);
        }
    }
}
