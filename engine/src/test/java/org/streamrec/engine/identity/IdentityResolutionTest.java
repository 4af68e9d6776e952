package org.streamrec.engine.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.identity.IdentityEvents.CONFIG;
import static org.streamrec.engine.identity.IdentityEvents.anonymous;
import static org.streamrec.engine.identity.IdentityEvents.customer;
import static org.streamrec.engine.identity.IdentityEvents.identify;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/** Both sides of identity resolution in plain Java, the anonymous side fed what the customer side sends it. */
class IdentityResolutionTest {
    private static final long DAY = 86_400_000L;
    private final CustomerIdentities customers = new CustomerIdentities(CONFIG);
    private final AnonymousShoppers anonymous = new AnonymousShoppers(CONFIG);
    private final CustomerLinks links = new CustomerLinks();
    private final AnonymousTrail trail = new AnonymousTrail();
    private final List<Event> out = new ArrayList<>();
    private final List<Event> toAnonymous = new ArrayList<>();

    private static String show(Event e) {
        return e.type.wireName() + " " + e.userId + (e.itemId != null ? " " + e.itemId : "") + (e.mergedFrom != null ? " merged from " + e.mergedFrom : "");
    }

    private List<String> shown() {
        return out.stream().map(IdentityResolutionTest::show).toList();
    }

    @Test
    void routesTheRoutesApart() {
        assertTrue(IdentityRoutes.isAnonymous(anonymous(EventType.VIEW, "a1", "tea", 0)));
        assertTrue(IdentityRoutes.isCustomerSide(identify("ann", "a1", 0)));
        assertTrue(IdentityRoutes.isCustomerSide(customer(EventType.FORGET_USER, "ann", null, 0)));
        Event namesDevice = customer(EventType.VIEW, "ann", "tea", 0);
        namesDevice.anonymousId = "a1";
        assertTrue(IdentityRoutes.isCustomerSide(namesDevice));
        assertTrue(IdentityRoutes.bypasses(customer(EventType.VIEW, "ann", "tea", 0)));
        assertFalse(IdentityRoutes.bypasses(anonymous(EventType.FORGET_USER, "a1", null, 0)));
    }

    @Test
    void atLoginTheRecentAnonymousHistoryIsReplayedOnceAndLaterEventsGoToTheCustomer() {
        long t = 100 * DAY;
        anonymous.onEvent(trail, anonymous(EventType.VIEW, "a1", "old", t - 8 * DAY), out::add);
        for (String item : List.of("tea", "mug", "pot", "cup")) anonymous.onEvent(trail, anonymous(EventType.VIEW, "a1", item, t - DAY), out::add);
        anonymous.onEvent(trail, anonymous(EventType.CONSENT, "a1", null, t - DAY), out::add);
        assertEquals(6, out.size(), "anonymous events go on as the anonymous shopper's own");
        assertTrue(out.stream().allMatch(e -> e.userId.equals("a1") && e.mergedFrom == null));
        out.clear();

        Event login = identify("ann", "a1", t);
        customers.onEvent(links, login, out::add, toAnonymous::add);
        assertEquals(List.of("identify ann"), shown(), "the identify goes on downstream");
        out.clear();
        toAnonymous.forEach(e -> anonymous.onEvent(trail, e, out::add));
        assertEquals(List.of("view ann mug merged from a1", "view ann pot merged from a1", "view ann cup merged from a1"), shown(),
                "the last 3 interactions within 7 days, in time order; not the consent, not tea (history of 3)");
        out.clear();

        customers.onEvent(links, identify("ann", "a1", t + 1), out::add, toAnonymous::add);
        assertEquals(1, toAnonymous.size(), "a repeated identify is no new link");
        anonymous.onEvent(trail, identify("ann", "a1", t + 2), out::add);
        anonymous.onEvent(trail, anonymous(EventType.ADD_TO_CART, "a1", "pot", t + 3), out::add);
        assertEquals(List.of("identify ann", "add_to_cart ann pot"), shown(), "no second replay; the cart goes to ann");
        assertNull(out.get(1).mergedFrom);
        assertEquals("a1", out.get(1).anonymousId);
    }

    @Test
    void aCustomersForgetUserReachesEveryLinkedAnonymousId() {
        Event device = customer(EventType.VIEW, "ann", "tea", 10);
        device.anonymousId = "a2";
        customers.onEvent(links, identify("ann", "a1", 0), out::add, toAnonymous::add);
        customers.onEvent(links, device, out::add, toAnonymous::add);
        customers.onEvent(links, device, out::add, toAnonymous::add);
        assertEquals(List.of("identify ann", "identify ann"), toAnonymous.stream().map(IdentityResolutionTest::show).toList(),
                "a logged-in event naming a new device links it, once");
        toAnonymous.clear();
        customers.onEvent(links, customer(EventType.FORGET_USER, "ann", null, 20), out::add, toAnonymous::add);
        assertEquals(List.of("forget_user a1", "forget_user a2"), toAnonymous.stream().map(IdentityResolutionTest::show).toList());
        assertTrue(links.anonymousIds.isEmpty());
        assertEquals("forget_user ann", show(out.get(out.size() - 1)));
    }

    @Test
    void pastTheLimitTheOldestLinkIsForgotten() {
        for (String a : List.of("a1", "a2", "a3")) customers.onEvent(links, identify("ann", a, 0), out::add, toAnonymous::add);
        assertEquals(List.of("a2", "a3"), links.anonymousIds);
        assertEquals("forget_user a1", show(toAnonymous.get(toAnonymous.size() - 1)));
    }

    @Test
    void anIdUnseenForForgetAfterExpires() {
        anonymous.onEvent(trail, anonymous(EventType.VIEW, "a1", "tea", DAY), out::add);
        assertFalse(anonymous.expired(trail, 30 * DAY));
        assertTrue(anonymous.expired(trail, 31 * DAY));
    }
}
