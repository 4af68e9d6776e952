package org.streamrec.connectors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

class GenericCsvFormatTest {
    @TempDir Path dir;
    private final RejectedRows rejected = new RejectedRows();

    private List<Event> read(String csv) throws IOException {
        return new GenericCsvFormat(rejected).read(Files.writeString(dir.resolve("events.csv"), csv)).toList();
    }

    @Test
    void columnsInAnyOrderEveryTypeSortedByTimeWithCatalogueUpdates() throws IOException {
        List<Event> events = read("""
                timestamp,category,event_type,item_id,user_id,price,quantity,rating
                1511658060,shoes,purchase,i1,u1,9.5,2,
                1511658000,shoes,view,i1,u1,,,
                1511658000000,,CART,i2,u2,,,
                2017-11-26T01:00:30Z,,fav,i2,u1,,,
                1511658120,,rating,i1,u2,,,4.5
                1511658120,hats,view,i1,u2,12,,
                """);
        assertEquals(0, rejected.count(), rejected.examples().toString());
        assertEquals(List.of("csv-catalogue-i1-1", "csv-3", "csv-4", "csv-5", "csv-catalogue-i1-2", "csv-2",
                        "csv-6", "csv-catalogue-i1-3", "csv-7"),
                events.stream().map(e -> e.eventId).toList());

        Event firstUpdate = events.get(0);
        assertEquals(EventType.CATALOGUE_UPDATE, firstUpdate.type);
        assertEquals("i1", firstUpdate.itemId);
        assertEquals("shoes", firstUpdate.category);
        assertNull(firstUpdate.price, "no price is known before the purchase row");
        assertEquals(events.get(1).eventTime, firstUpdate.eventTime, "announced at its first use");

        Event view = events.get(1);
        assertEquals(EventType.VIEW, view.type);
        assertEquals("u1", view.userId);
        assertEquals("i1", view.itemId);
        assertEquals("shoes", view.category);
        assertEquals(1_511_658_000_000L, view.eventTime);
        assertEquals(1_511_658_000_000L, events.get(2).eventTime, "millis");
        assertEquals(EventType.ADD_TO_CART, events.get(2).type);
        assertEquals(1_511_658_030_000L, events.get(3).eventTime, "ISO");
        assertEquals(EventType.FAVOURITE, events.get(3).type);

        Event priceUpdate = events.get(4);
        assertNull(priceUpdate.category, "unchanged fields stay null");
        assertEquals(9.5, priceUpdate.price);

        Event purchase = events.get(5);
        assertEquals(EventType.PURCHASE, purchase.type);
        assertEquals("csv-2", purchase.orderId);
        assertNull(purchase.itemId);
        assertEquals(List.of(new OrderLine("i1", 2, 9.5)), purchase.lines);

        Event rating = events.get(6);
        assertEquals(EventType.RATING, rating.type);
        assertEquals(5, rating.rating, "4.5 rounds half up");

        Event bothChanged = events.get(7);
        assertEquals("hats", bothChanged.category);
        assertEquals(12.0, bothChanged.price);
    }

    @Test
    void badRowsAreCountedWithReasonsAndSkipped() throws IOException {
        List<Event> events = read("""
                user_id,item_id,event_type,timestamp,rating,quantity,price
                u1,i1,view,1511658000,,,
                u1,i1,click,1511658000,,,
                ,i1,view,1511658000,,,
                u1,i1,view,soon,,,
                u1,i1,rating,1511658000,,,
                u1,i1,rating,1511658000,7,,
                u1,i1,purchase,1511658000,,0,
                u1,i1,purchase,1511658000,,1,-3
                u1,i1,view
                u1,i2,view,1511658001,,,
                """);
        assertEquals(List.of("csv-2", "csv-11"), events.stream().map(e -> e.eventId).toList());
        assertEquals(8, rejected.count());
        assertEquals(List.of(
                "events.csv:3: unknown event_type 'click' (expected view, cart, fav, purchase or rating)",
                "events.csv:4: user_id is empty",
                "events.csv:5: timestamp 'soon' is neither Unix seconds, Unix milliseconds nor ISO-8601",
                "events.csv:6: rating is required on rating rows",
                "events.csv:7: rating must be 1..5, got 7"), rejected.examples());
    }

    @Test
    void headerProblemsFailTheFile() {
        DatasetException unknown = assertThrows(DatasetException.class, () -> read("user_id,item_id,event_type,timestamp,categroy\n"));
        assertTrue(unknown.getMessage().contains("unknown column 'categroy'"), unknown.getMessage());
        DatasetException missing = assertThrows(DatasetException.class, () -> read("user_id,item_id,event_type\n"));
        assertTrue(missing.getMessage().contains("missing column 'timestamp'"), missing.getMessage());
        DatasetException twice = assertThrows(DatasetException.class, () -> read("user_id,item_id,event_type,timestamp,user_id\n"));
        assertTrue(twice.getMessage().contains("column 'user_id' appears twice"), twice.getMessage());
    }
}
