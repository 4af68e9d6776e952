package org.streamrec.engine.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.journeys.JourneyEvents.DAY;
import static org.streamrec.engine.journeys.JourneyEvents.HOUR;
import static org.streamrec.engine.journeys.JourneyEvents.T0;
import static org.streamrec.engine.journeys.JourneyEvents.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.messages.InterestKind;

class ItemWatchersTest {
    private final ItemFacts facts = new ItemFacts();
    private final Map<String, Watcher> map = new HashMap<>();
    private final Watchers watchers = new Watchers() {
        @Override
        public Watcher get(String userId) {
            return map.get(userId);
        }

        @Override
        public void put(String userId, Watcher watcher) {
            map.put(userId, watcher);
        }

        @Override
        public void remove(String userId) {
            map.remove(userId);
        }

        @Override
        public Iterable<Map.Entry<String, Watcher>> all() {
            return new ArrayList<>(map.entrySet());
        }
    };
    private final List<ContactInput> offers = new ArrayList<>();

    private static ItemWatchers itemWatchers(String... overrides) {
        return new ItemWatchers(JourneyEvents.config(overrides).triggers());
    }

    private void interest(ItemWatchers w, String user, InterestKind kind, long time) throws Exception {
        w.onInterest(facts, watchers, new ItemInterest(user, "lamp", kind, time, "Asia/Tokyo"));
    }

    private void update(ItemWatchers w, long time, Double price, Integer stock) throws Exception {
        Event e = catalogue("lamp", time, price, stock);
        w.onCatalogue(facts, watchers, e, offers::add);
    }

    private List<String> offered() {
        return offers.stream().map(o -> o.triggered.kind.wireName() + " " + o.triggered.userId).toList();
    }

    @Test
    void aPriceDropOfTheMinimumAgainstWhatTheShopperSawFires() throws Exception {
        ItemWatchers w = itemWatchers();
        update(w, T0, 20.0, 5);
        interest(w, "ann", InterestKind.VIEWED, T0 + HOUR);
        update(w, T0 + 2 * HOUR, 18.5, null);
        assertTrue(offers.isEmpty(), "7.5% is below 10%");
        update(w, T0 + 3 * HOUR, 18.0, null);
        assertEquals(List.of("price_drop ann"), offered(), "10% below the 20.00 she saw");
        Message m = offers.get(0).triggered;
        assertEquals(20.0, m.previousPrice);
        assertEquals(18.0, m.price);
        assertEquals(List.of("lamp"), m.items);
        assertEquals("price down from 20.00 to 18.00 (-10%)", m.reason);
        assertEquals(T0 + 3 * HOUR, m.triggerTime);
        assertEquals("Asia/Tokyo", offers.get(0).timeZone);

        update(w, T0 + 4 * HOUR, 17.0, null);
        assertEquals(1, offers.size(), "measured against the 18.00 of her last offer now");
        update(w, T0 + 5 * HOUR, 16.0, null);
        assertEquals(2, offers.size());
    }

    @Test
    void anInterestOlderThanTheWindowOrEndedByAPurchaseDoesNotFire() throws Exception {
        ItemWatchers w = itemWatchers();
        update(w, T0, 20.0, 5);
        interest(w, "old", InterestKind.FAVOURITED, T0);
        interest(w, "buyer", InterestKind.CARTED, T0 + 10 * DAY);
        interest(w, "buyer", InterestKind.BOUGHT, T0 + 10 * DAY + HOUR);
        interest(w, "fresh", InterestKind.VIEWED, T0 + 10 * DAY);
        update(w, T0 + 15 * DAY, 10.0, null);
        assertEquals(List.of("price_drop fresh"), offered());
        assertEquals(java.util.Set.of("old", "fresh"), map.keySet(), "the purchase ended buyer's watch");
        assertEquals(2, facts.watchers, "old still watches for a restock (30 days from a favourite)");
        w.expire(facts, watchers, T0 + 30 * DAY);
        assertNull(map.get("old"));
    }

    @Test
    void backInStockIsForFavouritesAndCartsNotViews() throws Exception {
        ItemWatchers w = itemWatchers();
        update(w, T0, 20.0, 0);
        interest(w, "fan", InterestKind.FAVOURITED, T0 + HOUR);
        interest(w, "looker", InterestKind.VIEWED, T0 + HOUR);
        update(w, T0 + 2 * HOUR, null, 0);
        assertTrue(offers.isEmpty());
        update(w, T0 + 3 * HOUR, null, 7);
        assertEquals(List.of("back_in_stock fan"), offered());
        update(w, T0 + 4 * HOUR, null, 9);
        assertEquals(1, offers.size(), "only a return from 0 counts");
        assertEquals(MessageKind.BACK_IN_STOCK, offers.get(0).triggered.kind);
    }

    @Test
    void forgottenShoppersAreDroppedAndTheNumberOfWatchersIsBounded() throws Exception {
        ItemWatchers w = itemWatchers("triggers.maxWatchersPerItem", "2");
        interest(w, "a", InterestKind.VIEWED, T0);
        interest(w, "b", InterestKind.VIEWED, T0 + HOUR);
        interest(w, "c", InterestKind.VIEWED, T0 + 2 * HOUR);
        assertEquals(java.util.Set.of("b", "c"), map.keySet(), "the least recent goes");
        interest(w, "b", InterestKind.FORGOTTEN, T0 + 3 * HOUR);
        assertEquals(java.util.Set.of("c"), map.keySet());
        assertEquals(1, facts.watchers);
        w.expire(facts, watchers, T0 + 2 * HOUR + 14 * DAY);
        assertTrue(map.isEmpty());
        assertTrue(w.nextWakeUp(facts).isEmpty());
    }
}
