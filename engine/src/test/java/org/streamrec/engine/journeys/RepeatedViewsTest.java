package org.streamrec.engine.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.journeys.JourneyEvents.DAY;
import static org.streamrec.engine.journeys.JourneyEvents.HOUR;
import static org.streamrec.engine.journeys.JourneyEvents.T0;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.messages.InterestKind;
import org.streamrec.engine.profile.ViewTrail;

class RepeatedViewsTest {
    private final RepeatedViews rule = new RepeatedViews(JourneyEvents.config().triggers().priceDrop());
    private final ViewTrail trail = new ViewTrail();

    private Optional<ItemInterest> view(long time) {
        Event view = JourneyEvents.user(EventType.VIEW, "ann", "lamp", time);
        view.timeZone = "Europe/Paris";
        return rule.onView(trail, view);
    }

    @Test
    void theThirdViewWithinTheWindowMakesTheShopperInterestedOnce() {
        assertTrue(view(T0).isEmpty());
        assertTrue(view(T0 + HOUR).isEmpty());
        ItemInterest interest = view(T0 + 2 * HOUR).orElseThrow();
        assertEquals(InterestKind.VIEWED, interest.kind);
        assertEquals(T0 + 2 * HOUR, interest.time);
        assertEquals("lamp", interest.itemId);
        assertEquals("Europe/Paris", interest.timeZone);
        assertTrue(view(T0 + 3 * HOUR).isEmpty(), "sent lately");
        assertEquals(3, trail.views.length, "a trail keeps minViews times");
    }

    @Test
    void viewsSpreadWiderThanTheWindowDoNotCount() {
        assertTrue(view(T0).isEmpty());
        assertTrue(view(T0 + 10 * DAY).isEmpty());
        assertTrue(view(T0 + 20 * DAY).isEmpty(), "three views over 20 days, window 14d");
        assertTrue(view(T0 + 21 * DAY).isPresent());
    }

    @Test
    void aShopperWhoKeepsLookingIsSentAgainAfterHalfAWindow() {
        view(T0);
        view(T0 + HOUR);
        view(T0 + 2 * HOUR);
        assertTrue(view(T0 + 6 * DAY).isEmpty());
        view(T0 + 7 * DAY);
        assertTrue(view(T0 + 7 * DAY + 2 * HOUR + 1).isPresent(), "half of 14d after the first interest");
    }

    @Test
    void anAnonymousShoppersInterestSaysSo() {
        Event view = JourneyEvents.user(EventType.VIEW, "anon-1", "lamp", T0);
        view.anonymousId = "anon-1";
        ViewTrail anonymous = new ViewTrail();
        rule.onView(anonymous, view);
        rule.onView(anonymous, view);
        assertTrue(rule.onView(anonymous, view).orElseThrow().anonymous);
        view(T0);
        view(T0);
        assertFalse(view(T0).orElseThrow().anonymous, "ann is a customer");
    }

    @Test
    void aLateViewIsPlacedInOrder() {
        view(T0 + 2 * HOUR);
        view(T0 + HOUR);
        assertEquals(T0 + 2 * HOUR, view(T0).orElseThrow().time);
    }
}
