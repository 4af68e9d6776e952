package org.streamrec.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.model.EventType.ADD_TO_CART;
import static org.streamrec.engine.model.EventType.FAVOURITE;
import static org.streamrec.engine.model.EventType.PURCHASE;
import static org.streamrec.engine.model.EventType.REMOVE_FROM_CART;
import static org.streamrec.engine.model.EventType.VIEW;
import static org.streamrec.engine.profile.TestEvents.on;
import static org.streamrec.engine.profile.TestEvents.purchase;
import static org.streamrec.engine.profile.TestEvents.rating;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ActionWeights;
import org.streamrec.config.ProfileConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;

/** Weights: view 1, search 1.5, favourite 2, cart 3, remove -1, purchase 5; half-life 1h; session gap 30m. */
class UserProfileTest {
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final ActionWeights WEIGHTS = new ActionWeights(1, 1.5, 2, 3, -1, 5);

    private final UserProfile profile = new UserProfile();

    private static ProfileConfig config(int maxItems, int recentItems) {
        return new ProfileConfig(WEIGHTS, Duration.ofHours(1), maxItems, recentItems, Duration.ofMinutes(30), 1);
    }

    private List<CooccurrenceDelta> record(Event e) {
        return profile.record(e, config(100, 20), 10);
    }

    /** "item +countDelta [partner pairDelta, ...]" per delta, in order. */
    private static List<String> show(List<CooccurrenceDelta> deltas) {
        return deltas.stream()
                .map(d -> d.itemId() + " +" + d.countDelta() + " " + d.partners().stream()
                        .map(p -> p.itemId + " " + p.pairDelta).collect(Collectors.joining(", ", "[", "]")))
                .toList();
    }

    @Test
    void implicitRatingIsTheStrongestActionAndAffinityTheDecayedSum() {
        record(on(VIEW, "u", "A", 0));
        record(on(PURCHASE, "u", "A", SECOND));
        record(on(VIEW, "u", "A", 2 * SECOND));
        ItemHistory a = profile.items.get("A");
        assertEquals(5, a.rating);
        assertEquals("bought", a.strongestAction);
        double expected = Math.pow(0.5, 2.0 * SECOND / HOUR) + 5 * Math.pow(0.5, 1.0 * SECOND / HOUR) + 1;
        assertEquals(expected, a.affinity, 1e-12);
        assertEquals(2 * SECOND, a.time);
    }

    @Test
    void deltasFollowTheIncrementalCooccurrenceFormulas() {
        // count(i) changes by new - old; pair(i,j) by min(new, r_uj) - min(old, r_uj); zero pair changes are left out.
        assertEquals(List.of("A +1.0 []"), show(record(on(VIEW, "u", "A", 1))));
        assertEquals(List.of("B +1.0 [A 1.0]"), show(record(on(VIEW, "u", "B", 2))));
        assertEquals(List.of("A +2.0 []"), show(record(on(ADD_TO_CART, "u", "A", 3))));
        assertEquals(List.of("B +4.0 [A 2.0]"), show(record(on(PURCHASE, "u", "B", 4))));
        assertEquals(List.of("C +2.0 [B 2.0, A 2.0]"), show(record(on(FAVOURITE, "u", "C", 5))));
    }

    @Test
    void partnersAreTheMostRecentItemsUpToTheLimit() {
        for (String item : List.of("A", "B", "C", "D")) profile.record(on(VIEW, "u", item, 1), config(100, 20), 2);
        List<CooccurrenceDelta> deltas = profile.record(on(VIEW, "u", "E", 2), config(100, 20), 2);
        assertEquals(List.of("E +1.0 [D 1.0, C 1.0]"), show(deltas));
    }

    @Test
    void noDeltaWhenTheRatingDoesNotRise() {
        record(on(ADD_TO_CART, "u", "A", 1));
        assertEquals(List.of(), record(on(VIEW, "u", "A", 2)));
        assertEquals(List.of(), record(on(REMOVE_FROM_CART, "u", "A", 3)));
        assertEquals(List.of(), record(rating("u", "A", 2, 4)));
        assertEquals(2, profile.items.get("A").explicitRating);
        assertEquals(3, profile.items.get("A").rating);
    }

    @Test
    void itemsTheUserDislikesNeverPairWithOthers() {
        record(on(REMOVE_FROM_CART, "u", "X", 1));
        record(rating("u", "Y", 1, 2));
        assertEquals(List.of("Z +1.0 []"), show(record(on(VIEW, "u", "Z", 3))));
    }

    @Test
    void purchasesRecordQuantitiesAndPairTheirLines() {
        List<CooccurrenceDelta> first = record(purchase("u", 10, new OrderLine("A", 3, 9.5), new OrderLine("B", 1, 2)));
        assertEquals(List.of("A +5.0 []", "B +5.0 [A 5.0]"), show(first));
        assertEquals(List.of(), record(purchase("u", 20, new OrderLine("A", 2, 9.5))));
        record(on(VIEW, "u", "C", 30));

        ItemHistory a = profile.items.get("A");
        assertEquals(2, a.purchases);
        assertEquals(5, a.unitsBought);
        assertEquals(2, a.lastQuantity);
        assertEquals(20, a.lastPurchaseTime);
        assertEquals(1, profile.items.get("B").unitsBought);
        assertEquals(Set.of("A", "B"), profile.boughtItems(30, config(100, 20)).stream().map(b -> b.itemId).collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, profile.boughtItems(30, config(100, 20)).stream().filter(b -> b.itemId.equals("A")).findFirst().orElseThrow().purchases);
    }

    private static final RatingWeighting UNRATED = (weight, rating) -> weight;

    @Test
    void seedsAreDecayedAffinityBoostedInTheCurrentSession() {
        record(on(VIEW, "u", "A", 0));
        record(on(ADD_TO_CART, "u", "B", 2 * HOUR)); // more than the 30m gap: a new session starts here
        long now = 2 * HOUR + 10 * MINUTE;
        record(on(VIEW, "u", "C", now));

        List<Seed> seeds = profile.seeds(10, 2.0, now, config(100, 20), UNRATED);
        assertEquals(List.of("B", "C", "A"), seeds.stream().map(Seed::itemId).toList());
        assertEquals(3 * Math.pow(0.5, 10.0 / 60) * 2, seeds.get(0).weight(), 1e-12);
        assertEquals(2, seeds.get(1).weight(), 1e-12);
        assertEquals(Math.pow(0.5, 130.0 / 60), seeds.get(2).weight(), 1e-12);
        assertEquals("added to cart", seeds.get(0).action());

        assertEquals(List.of("B", "C"), profile.seeds(2, 2.0, now, config(100, 20), UNRATED).stream().map(Seed::itemId).toList());
    }

    @Test
    void aLowRatedItemTakesNoSeedsPlaceAndAHighRatedOneCompetesWithItsBoost() {
        record(on(VIEW, "u", "A", 0));
        record(on(VIEW, "u", "A", 1));
        record(on(VIEW, "u", "A", 2));
        record(on(VIEW, "u", "B", 3));
        record(on(VIEW, "u", "C", 4));
        profile.items.get("A").explicitRating = 2;
        profile.items.get("C").explicitRating = 5;
        RatingWeighting dropLowTripleHigh = (w, rating) -> rating == 2 ? 0 : rating == 5 ? 3 * w : w;

        assertEquals(List.of("C", "B"), profile.seeds(2, 1.0, 4, config(100, 20), dropLowTripleHigh).stream()
                .map(Seed::itemId).toList());
        assertEquals("A", profile.seeds(1, 1.0, 4, config(100, 20), UNRATED).get(0).itemId(), "the strongest without ratings");
    }

    @Test
    void itemsWithoutPositiveAffinitySeedNothing() {
        record(on(REMOVE_FROM_CART, "u", "X", 1));
        record(rating("u", "Y", 1, 2));
        record(on(VIEW, "u", "N", 3));
        record(on(REMOVE_FROM_CART, "u", "N", 3));
        record(on(VIEW, "u", "Z", 4));
        assertEquals(List.of("Z"), profile.seeds(10, 2.0, 4, config(100, 20), UNRATED).stream().map(Seed::itemId).toList());
    }

    @Test
    void pastMaxItemsTheWeakestItemNotRecentIsForgotten() {
        ProfileConfig small = config(3, 2);
        profile.record(on(PURCHASE, "u", "A", 0), small, 10);
        profile.record(on(ADD_TO_CART, "u", "B", SECOND), small, 10);
        profile.record(on(VIEW, "u", "C", 2 * SECOND), small, 10);
        profile.record(on(VIEW, "u", "D", 3 * SECOND), small, 10);
        // C and D are weaker than B, but they are the two recent items
        assertEquals(Set.of("A", "C", "D"), profile.items.keySet());
    }

    @Test
    void weakestMeansWeakestAfterDecay() {
        ProfileConfig small = config(3, 2);
        profile.record(on(PURCHASE, "u", "A", 0), small, 10);
        profile.record(on(VIEW, "u", "B", 10 * HOUR), small, 10);
        profile.record(on(VIEW, "u", "C", 10 * HOUR + 1), small, 10);
        profile.record(on(VIEW, "u", "D", 10 * HOUR + 2), small, 10);
        // A's 5 has halved ten times (about 0.005); B's 1 is almost intact
        assertEquals(Set.of("B", "C", "D"), profile.items.keySet());
    }

    @Test
    void recentItemsAreDistinctNewestLastAndBounded() {
        ProfileConfig cfg = config(100, 3);
        for (String item : List.of("A", "B", "C", "D")) profile.record(on(VIEW, "u", item, 1), cfg, 10);
        assertEquals(List.of("B", "C", "D"), profile.recent);
        profile.record(on(VIEW, "u", "B", 2), cfg, 10);
        assertEquals(List.of("C", "D", "B"), profile.recent);
        assertTrue(profile.items.containsKey("A"), "leaving the recent list does not forget the item");
    }
}
