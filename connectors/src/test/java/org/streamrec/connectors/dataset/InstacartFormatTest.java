package org.streamrec.connectors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

class InstacartFormatTest {
    private static final long EPOCH = InstacartFormat.EPOCH.toEpochMilli();
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();

    @TempDir Path dir;
    private final RejectedRows rejected = new RejectedRows();

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private void writeCatalogue() throws IOException {
        write("aisles.csv", "aisle_id,aisle\n1,fresh fruits\n2,\"soup, broth\"\n");
        write("products.csv", "product_id,product_name,aisle_id,department_id\n10,Banana,1,4\n20,\"Soup, Tomato\",2,9\n30,Apple,1,4\n");
    }

    @Test
    void rebuildsEachUsersTimelineAndAnnouncesProductsBeforeFirstUse() throws IOException {
        writeCatalogue();
        write("orders_demo.csv", """
                order_id,user_id,eval_set,order_number,order_dow,order_hour_of_day,days_since_prior_order
                102,A,prior,2,1,9,3.0
                101,A,prior,1,5,10,
                103,A,prior,3,1,8,0.0
                104,A,test,4,2,12,7.0
                201,B,prior,1,0,11,
                """);
        write("order_items_demo.csv", """
                order_id,product_id,add_to_cart_order,reordered
                101,20,2,0
                101,10,1,0
                102,10,1,1
                103,30,1,0
                201,10,1,0
                """);
        List<Event> events = new InstacartFormat(rejected).read(dir).toList();

        assertEquals(0, rejected.count(), rejected.examples().toString());
        assertEquals(List.of(
                        "instacart-catalogue-10-1", "instacart-catalogue-20-1", "instacart-order-101",
                        "instacart-order-201", "instacart-order-102", "instacart-catalogue-30-1", "instacart-order-103"),
                events.stream().map(e -> e.eventId).toList(), "test orders have no lines and are left out");

        Event first = events.get(2);
        assertEquals(EventType.PURCHASE, first.type);
        assertEquals("A", first.userId);
        assertEquals("101", first.orderId);
        assertEquals(EPOCH + 10 * HOUR, first.eventTime);
        assertEquals(List.of(new OrderLine("10", 1, 0), new OrderLine("20", 1, 0)), first.lines, "add-to-cart order");
        assertEquals(EPOCH + 11 * HOUR, events.get(3).eventTime, "every user starts on day 0");
        assertEquals(EPOCH + 3 * DAY + 9 * HOUR, events.get(4).eventTime, "3 days later at 9h");
        assertEquals(EPOCH + 3 * DAY + 10 * HOUR, events.get(6).eventTime, "0 days later at 8h would go back: 1h after the previous");

        Event soup = events.get(1);
        assertEquals(EventType.CATALOGUE_UPDATE, soup.type);
        assertEquals("20", soup.itemId);
        assertEquals("soup, broth", soup.category, "category is the aisle name");
        assertEquals(first.eventTime, soup.eventTime);
        assertEquals(events.get(6).eventTime, events.get(5).eventTime, "announced at its first order");
    }

    @Test
    void badRowsAreReportedAndTheRestIsKept() throws IOException {
        writeCatalogue();
        write("orders.csv", """
                order_id,user_id,eval_set,order_number,order_dow,order_hour_of_day,days_since_prior_order
                1,A,prior,1,0,25,
                2,A,prior,2,0,10,x
                3,A,prior,3,0,10,
                4,A,prior,4,0,10,2
                """);
        write("order_products__prior.csv", """
                order_id,product_id,add_to_cart_order,reordered
                3,10,first,0
                3,20,2,0
                9,10,1,0
                """);
        List<Event> events = new InstacartFormat(rejected).read(dir).toList();

        assertEquals(List.of("instacart-catalogue-20-1", "instacart-order-3"), events.stream().map(e -> e.eventId).toList());
        assertEquals(5, rejected.count());
        assertEquals(List.of(
                "orders.csv:2: order_hour_of_day must be 0..23, got 25",
                "orders.csv:3: days_since_prior_order must be a number >= 0, got 'x'",
                "order_products__prior.csv:2: add_to_cart_order is not a whole number: 'first'",
                "order_products__prior.csv:4: order_id 9 is not a prior order of the orders file",
                "orders.csv:5: prior order 4 has no lines"), rejected.examples());
    }

    @Test
    void aMissingFolderOrFileFailsWithItsName() throws IOException {
        DatasetException notFolder = assertThrows(DatasetException.class, () -> new InstacartFormat(rejected).read(dir.resolve("x")));
        assertTrue(notFolder.getMessage().endsWith("x: not a folder (instacart needs the folder of its CSV files)"), notFolder.getMessage());
        writeCatalogue();
        DatasetException noOrders = assertThrows(DatasetException.class, () -> new InstacartFormat(rejected).read(dir));
        assertTrue(noOrders.getMessage().endsWith("none of orders_demo.csv, orders.csv found"), noOrders.getMessage());
    }

    @Test
    void readsTheRealSubsetAsItsReadmeDescribesIt() {
        Path real = SharedDatasets.path("instacart_1000users");
        List<Event> events = new InstacartFormat(rejected).read(real).toList();

        assertEquals(0, rejected.count(), rejected.examples().toString());
        List<Event> purchases = events.stream().filter(e -> e.type == EventType.PURCHASE).toList();
        assertEquals(15_968, purchases.size(), "prior orders");
        assertEquals(155_824, purchases.stream().mapToInt(e -> e.lines.size()).sum(), "order lines");
        assertEquals(1_000, purchases.stream().map(e -> e.userId).distinct().count());
        Set<String> announced = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (i > 0) assertTrue(events.get(i - 1).eventTime <= e.eventTime, "time-ordered at " + e);
            if (e.type == EventType.CATALOGUE_UPDATE) assertTrue(announced.add(e.itemId), "announced once: " + e.itemId);
            else e.lines.forEach(l -> assertTrue(announced.contains(l.itemId), "announced before use: " + l.itemId));
        }
        assertEquals(14_887, announced.size(), "distinct products ordered");
    }
}
