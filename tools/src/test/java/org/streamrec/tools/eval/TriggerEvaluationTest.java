package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.OrderLine;

class TriggerEvaluationTest {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private final List<Event> events = new ArrayList<>();

    private void event(EventType type, String user, String item, long time) {
        Event e = new Event();
        e.eventId = "e" + events.size();
        e.type = type;
        e.userId = user;
        e.itemId = item;
        e.eventTime = time;
        if (type == EventType.PURCHASE) {
            e.itemId = null;
            e.lines = List.of(new OrderLine(item, 1, 1.0));
        }
        events.add(e);
    }

    private static Message sent(MessageKind kind, String user, long time, String... items) {
        Message m = new Message();
        m.kind = kind;
        m.userId = user;
        m.items = List.of(items);
        m.sendTime = time;
        return m;
    }

    @Test
    void aMessageIsAHitWhenOneOfItsItemsIsBoughtWithinAWeekAfterIt() {
        event(EventType.ADD_TO_CART, "ann", "tea", 0);
        event(EventType.ADD_TO_CART, "bob", "mug", 0);
        event(EventType.PURCHASE, "bob", "mug", HOUR);
        event(EventType.ADD_TO_CART, "cat", "pot", 0);
        event(EventType.PURCHASE, "ann", "tea", 3 * DAY);
        event(EventType.PURCHASE, "cat", "pot", 9 * DAY);
        event(EventType.VIEW, "dan", "cup", 20 * DAY);
        List<Message> engine = List.of(sent(MessageKind.ABANDONED_CART, "ann", 2 * HOUR, "mug", "tea"),
                sent(MessageKind.ABANDONED_CART, "cat", 2 * HOUR, "pot"),
                sent(MessageKind.PRICE_DROP, "dan", 15 * DAY, "cup"));
        List<TriggerEvaluation.Row> rows = TriggerEvaluation.score(events, engine, Duration.ofHours(2));
        assertEquals(List.of(
                new TriggerEvaluation.Row("engine", MessageKind.ABANDONED_CART, 2, 2, 1, 0.5),
                new TriggerEvaluation.Row("engine", MessageKind.PRICE_DROP, 1, 0, 0, Double.NaN),
                new TriggerEvaluation.Row("every_cart", MessageKind.ABANDONED_CART, 3, 3, 1, 1 / 3.0)), rows,
                "cat bought after 9 days; dan's window runs past the data; bob bought before the baseline's message");
        String table = TriggerEvaluation.table(rows);
        assertTrue(table.contains("| engine | abandoned_cart | 2 | 2 | 1 | 0.5000 |"), table);
        assertTrue(table.contains("| engine | price_drop | 1 | 0 | 0 | n/a |"), table);
    }
}
