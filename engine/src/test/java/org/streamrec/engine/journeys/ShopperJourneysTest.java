package org.streamrec.engine.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.journeys.JourneyEvents.DAY;
import static org.streamrec.engine.journeys.JourneyEvents.HOUR;
import static org.streamrec.engine.journeys.JourneyEvents.MINUTE;
import static org.streamrec.engine.journeys.JourneyEvents.T0;
import static org.streamrec.engine.journeys.JourneyEvents.incident;
import static org.streamrec.engine.journeys.JourneyEvents.purchase;
import static org.streamrec.engine.journeys.JourneyEvents.user;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.messages.InterestKind;

class ShopperJourneysTest {
    private final ShopperJourney journey = new ShopperJourney();
    private final List<ItemInterest> watched = new ArrayList<>();
    private final List<Message> offers = new ArrayList<>();

    private static ShopperJourneys journeys(String... overrides) {
        EngineConfig c = JourneyEvents.config(overrides);
        return new ShopperJourneys(c.triggers(), c.profile());
    }

    private void on(ShopperJourneys j, Event e) {
        j.onEvent(journey, e, watched::add, offers::add);
        j.onTime(journey, "ann", e.eventTime, watched::add, offers::add);
    }

    /** Wakes the journey whenever it asks, up to {@code until}. */
    private void runUntil(ShopperJourneys j, long from, long until) {
        long now = from;
        while (true) {
            j.onTime(journey, "ann", now, watched::add, offers::add);
            OptionalLong next = j.nextWakeUp(journey, now);
            if (next.isEmpty() || next.getAsLong() > until) return;
            now = next.getAsLong();
        }
    }

    @Test
    void aCartLeftAloneFiresOnceAfterTheDelayWithTheNewestItemsFirst() {
        ShopperJourneys j = journeys();
        on(j, user(EventType.ADD_TO_CART, "ann", "tea", T0));
        Event last = user(EventType.ADD_TO_CART, "ann", "mug", T0 + 10 * MINUTE);
        on(j, last);
        assertEquals(OptionalLong.of(T0 + 10 * MINUTE + 2 * HOUR), j.nextWakeUp(journey, T0 + 10 * MINUTE));
        runUntil(j, T0 + 10 * MINUTE, T0 + 5 * DAY);
        assertEquals(1, offers.size());
        Message m = offers.get(0);
        assertEquals(MessageKind.ABANDONED_CART, m.kind);
        assertEquals(List.of("mug", "tea"), m.items);
        assertEquals(T0 + 10 * MINUTE + 2 * HOUR, m.triggerTime);
        assertEquals(last.eventId, m.triggerEventId);
        assertEquals("left in your cart for 2h", m.reason);
    }

    @Test
    void aPurchaseOrAnEmptiedCartCancelsAndANewAddStartsTheClockAgain() {
        ShopperJourneys j = journeys();
        on(j, user(EventType.ADD_TO_CART, "ann", "tea", T0));
        on(j, purchase("ann", T0 + HOUR, "tea"));
        on(j, user(EventType.ADD_TO_CART, "ann", "mug", T0 + 2 * HOUR));
        on(j, user(EventType.REMOVE_FROM_CART, "ann", "mug", T0 + 3 * HOUR));
        runUntil(j, T0 + 3 * HOUR, T0 + 2 * DAY);
        assertTrue(offers.isEmpty(), offers.toString());

        on(j, user(EventType.ADD_TO_CART, "ann", "pot", T0 + 2 * DAY));
        on(j, user(EventType.ADD_TO_CART, "ann", "cup", T0 + 2 * DAY + HOUR));
        runUntil(j, T0 + 2 * DAY + HOUR, T0 + 4 * DAY);
        assertEquals(List.of(T0 + 2 * DAY + 3 * HOUR), offers.stream().map(m -> m.triggerTime).toList(),
                "one offer, two hours after the last add");
    }

    @Test
    void anApologyOffersTheShoppersStrongestItems() {
        ShopperJourneys j = journeys("triggers.serviceIncident.offerItems", "2");
        on(j, user(EventType.FAVOURITE, "ann", "scarf", T0));
        on(j, user(EventType.FAVOURITE, "ann", "scarf", T0 + MINUTE / 2));
        on(j, user(EventType.ADD_TO_CART, "ann", "boots", T0 + MINUTE));
        on(j, purchase("ann", T0 + 2 * MINUTE, "boots"));
        on(j, user(EventType.ADD_TO_CART, "ann", "hat", T0 + 3 * MINUTE));
        on(j, user(EventType.REMOVE_FROM_CART, "ann", "hat", T0 + 4 * MINUTE));
        Event late = incident("ann", T0 + HOUR, "o-9");
        on(j, late);
        Message m = offers.get(0);
        assertEquals(MessageKind.SERVICE_INCIDENT, m.kind);
        assertEquals(List.of("boots", "scarf"), m.items, "boots: cart 3 + purchase 5; scarf: two favourites, 4; hat: cart 3 - removal 1");
        assertEquals("order_delayed", m.incident);
        assertEquals("o-9", m.orderId);
        assertEquals("we are sorry: order delayed (order o-9)", m.reason);
        assertEquals(late.eventId, m.triggerEventId);
    }

    @Test
    void interestsAndTheirEndsGoToTheItemsWatchers() {
        ShopperJourneys j = journeys();
        Event fav = user(EventType.FAVOURITE, "ann", "scarf", T0);
        fav.timeZone = "Europe/Paris";
        on(j, fav);
        on(j, user(EventType.ADD_TO_CART, "ann", "boots", T0 + MINUTE));
        on(j, purchase("ann", T0 + 2 * MINUTE, "boots"));
        j.onInterest(journey, new ItemInterest("ann", "lamp", InterestKind.VIEWED, T0 + 3 * MINUTE, null), watched::add);
        assertEquals(List.of("FAVOURITED scarf", "CARTED boots", "BOUGHT boots", "VIEWED lamp"),
                watched.stream().map(w -> w.kind + " " + w.itemId).toList());
        assertTrue(watched.stream().allMatch(w -> "Europe/Paris".equals(w.timeZone)), "the shopper's zone travels along");
        watched.clear();
        j.forget(journey, "ann", T0 + HOUR, watched::add);
        assertEquals(Set.of("scarf", "boots", "lamp"), watched.stream().map(w -> w.itemId).collect(Collectors.toSet()));
        assertTrue(watched.stream().allMatch(w -> w.kind == InterestKind.FORGOTTEN));
        assertTrue(j.isEmpty(journey));
    }

    @Test
    void anAnonymousShoppersJourneyFiresNothingAndWatchesNothing() {
        ShopperJourneys j = journeys();
        Event cart = user(EventType.ADD_TO_CART, "anon-1", "tea", T0);
        cart.anonymousId = "anon-1";
        on(j, cart);
        ItemInterest viewed = new ItemInterest("anon-1", "lamp", InterestKind.VIEWED, T0 + MINUTE, null);
        viewed.anonymous = true;
        j.onInterest(journey, viewed, watched::add);
        Event incident = incident("anon-1", T0 + 2 * MINUTE, null);
        on(j, incident);
        runUntil(j, T0 + 2 * MINUTE, T0 + 5 * DAY);
        assertTrue(offers.isEmpty() && watched.isEmpty(), offers + " " + watched);
        assertTrue(journey.anonymous);
    }

    @Test
    void itemsAreForgottenWhenTooManyOrTooOldAndTheirWatchersTold() {
        ShopperJourneys j = journeys("triggers.maxItemsPerUser", "2", "triggers.forgetAfter", "30d");
        on(j, user(EventType.FAVOURITE, "ann", "a", T0));
        on(j, user(EventType.ADD_TO_CART, "ann", "b", T0 + MINUTE));
        on(j, user(EventType.ADD_TO_CART, "ann", "c", T0 + 2 * MINUTE));
        assertEquals(Set.of("b", "c"), journey.items.keySet(), "the weakest, not in the cart, goes");
        assertEquals("FORGOTTEN a", watched.get(watched.size() - 1).kind + " " + watched.get(watched.size() - 1).itemId);
        runUntil(j, T0 + 2 * MINUTE, T0 + 40 * DAY);
        assertTrue(j.isEmpty(journey), "after 30 days nothing is left");
        assertEquals(3, watched.stream().filter(w -> w.kind == InterestKind.FORGOTTEN).count());
    }

    @Test
    void theCartsAgeReadsInWholeDaysHoursOrMinutes() {
        assertEquals(java.time.Duration.ofDays(13), ShopperJourneys.roughly(java.time.Duration.ofMillis(1_181_138_173)));
        assertEquals(java.time.Duration.ofHours(19), ShopperJourneys.roughly(java.time.Duration.ofMillis(69_984_167)));
        assertEquals(java.time.Duration.ofMinutes(1), ShopperJourneys.roughly(java.time.Duration.ofSeconds(5)));
    }
}
