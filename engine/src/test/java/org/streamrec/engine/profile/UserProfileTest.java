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
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.OrderLine;

/**
 * Weights: view 1, search 1.5, favourite 2, cart 3, remove -1, purchase 5; affinity half-life 1h;
 * session gap 30m; 10 partners per event, each further one 0.8 times as directed; the last 2 events
 * are just seen.
 */
class UserProfileTest {
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final ActionWeights WEIGHTS = new ActionWeights(1, 1.5, 2, 3, -1, 5);

    private final UserProfile profile = new UserProfile(2);

    private static ProfileConfig config(int maxItems, int recentItems) {
        return new ProfileConfig(WEIGHTS, Duration.ofHours(1), maxItems, recentItems, Duration.ofMinutes(30), 1);
    }

    private static SimilarityConfig pairs(int pairsPerEvent) {
        return new SimilarityConfig(50, pairsPerEvent, 500, Duration.ofDays(30), 0.5, 0.5, 0.8, 1, 100,
                Duration.ofMillis(50), Duration.ofMillis(100));
    }

    private List<CooccurrenceDelta> record(Event e) {
        return profile.record(e, config(100, 20), pairs(10));
    }

    /** "item +countDelta [partner sym/fwd, ...]" per delta, in order. */
    private static List<String> show(List<CooccurrenceDelta> deltas) {
        return deltas.stream()
                .map(d -> d.itemId() + " +" + d.countDelta() + " " + d.partners().stream()
                        .map(p -> p.itemId() + " " + p.sym() + "/" + p.fwd()).collect(Collectors.joining(", ", "[", "]")))
                .toList();
    }

    private static List<String> ids(List<Seed> seeds) {
        return seeds.stream().map(Seed::itemId).toList();
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
        // count(i) changes by new - old; pair(i,j) by min(new, r_j) - min(old, r_j); the directed share goes
        // to the pair "j, then i", 0.8 times less for each item in between; zero pair changes are left out.
        assertEquals(List.of("A +1.0 []"), show(record(on(VIEW, "u", "A", 1))));
        assertEquals(List.of("B +1.0 [A 1.0/1.0]"), show(record(on(VIEW, "u", "B", 2))));
        assertEquals(List.of("A +2.0 []"), show(record(on(ADD_TO_CART, "u", "A", 3))));
        assertEquals(List.of("B +4.0 [A 2.0/2.0]"), show(record(on(PURCHASE, "u", "B", 4))));
        assertEquals(List.of("C +2.0 [B 2.0/2.0, A 2.0/1.6]"), show(record(on(FAVOURITE, "u", "C", 5))));
    }

    @Test
    void aNewSessionCountsWhatTheUserDoesAgain() {
        record(on(ADD_TO_CART, "u", "A", 0));
        record(on(VIEW, "u", "B", MINUTE));
        assertEquals(List.of(), record(on(VIEW, "u", "A", 2 * MINUTE)), "the same session: the rating does not rise");
        // Two hours later: a new session, in which A's rating starts from nothing; B, from the last
        // session, pairs with its strongest rating.
        assertEquals(List.of("A +1.0 [B 1.0/1.0]"), show(record(on(VIEW, "u", "A", 2 * HOUR))));
    }

    @Test
    void partnersAreTheMostRecentItemsUpToTheLimit() {
        for (String item : List.of("A", "B", "C", "D")) profile.record(on(VIEW, "u", item, 1), config(100, 20), pairs(2));
        List<CooccurrenceDelta> deltas = profile.record(on(VIEW, "u", "E", 2), config(100, 20), pairs(2));
        assertEquals(List.of("E +1.0 [D 1.0/1.0, C 1.0/0.8]"), show(deltas));
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
    void purchasesRecordQuantitiesAndPairTheirLinesWithoutAnOrder() {
        List<CooccurrenceDelta> first = record(purchase("u", 10, new OrderLine("A", 3, 9.5), new OrderLine("B", 1, 2)));
        assertEquals(List.of("A +5.0 []", "B +5.0 [A 5.0/0.0]"), show(first));
        assertEquals(List.of(), record(purchase("u", 20, new OrderLine("A", 2, 9.5))));
        record(on(VIEW, "u", "C", 30));

        ItemHistory a = profile.items.get("A");
        assertEquals(2, a.purchases);
        assertEquals(5, a.unitsBought);
        assertEquals(2, a.lastQuantity);
        assertEquals(20, a.lastPurchaseTime);
        assertEquals(1, profile.items.get("B").unitsBought);
        assertEquals(Set.of("A", "B"), Set.copyOf(profile.bought()));
    }

    @Test
    void seedsAreTheMostRecentItemsWeighedByRecency() {
        record(on(VIEW, "u", "A", 0));
        record(on(ADD_TO_CART, "u", "B", 2 * HOUR));
        record(on(VIEW, "u", "C", 2 * HOUR + MINUTE));
        List<Seed> seeds = profile.seeds(10, 0.5, 0, 0);
        assertEquals(List.of("C", "B", "A"), ids(seeds));
        assertEquals(List.of(1.0, 0.5, 0.25), seeds.stream().map(Seed::weight).toList());
        assertEquals("added to cart", seeds.get(1).action());
        assertEquals(List.of("C", "B"), ids(profile.seeds(2, 0.5, 0, 0)));
    }

    @Test
    void aLowRatedItemTakesNoSeedsPlaceAndAHighRatedOneIsBoosted() {
        record(on(VIEW, "u", "A", 0));
        record(on(VIEW, "u", "B", 1));
        record(on(VIEW, "u", "C", 2));
        profile.items.get("B").explicitRating = 2;
        profile.items.get("A").explicitRating = 5;
        List<Seed> seeds = profile.seeds(2, 0.5, 2, 1.0);
        assertEquals(List.of("C", "A"), ids(seeds));
        assertEquals(0.5 * 2, seeds.get(1).weight(), 1e-12, "5 stars with boost 1 count twice");
    }

    @Test
    void itemsWithoutAPositiveActionSeedNothing() {
        record(on(REMOVE_FROM_CART, "u", "X", 1));
        record(rating("u", "Y", 1, 2));
        record(on(VIEW, "u", "Z", 4));
        assertEquals(List.of("Z"), ids(profile.seeds(10, 1.0, 2, 0)));
    }

    @Test
    void repeatsAreTheUsersItemsByAffinityButNotTheJustSeenOrTheDisliked() {
        record(on(VIEW, "u", "A", 0));
        record(on(VIEW, "u", "A", 1));
        record(purchase("u", 2, new OrderLine("B", 1, 3.0)));
        record(rating("u", "C", 1, 3));
        record(on(VIEW, "u", "D", 4));
        record(on(VIEW, "u", "E", 5));
        // The last two events (D, E) were just seen; C was rated low.
        List<RepeatCandidate> repeats = profile.repeats(5, 10, HOUR, 2);
        assertEquals(List.of("B", "A"), repeats.stream().map(RepeatCandidate::itemId).toList());
        assertEquals(1, repeats.get(0).purchases());
        assertEquals(List.of("B"), profile.repeats(5, 1, HOUR, 2).stream().map(RepeatCandidate::itemId).toList());
        assertEquals(Set.of("C", "D", "E"), profile.excluded(2));
    }

    @Test
    void theReturnShareCountsReturnsOutsideTheJustSeenShrunkTowardThePrior() {
        record(on(VIEW, "u", "A", 0));
        record(on(VIEW, "u", "B", 1));
        record(on(VIEW, "u", "A", 2)); // just seen two events ago: not a return
        record(on(VIEW, "u", "C", 3));
        record(on(VIEW, "u", "D", 4));
        record(on(VIEW, "u", "B", 5)); // a return
        assertEquals(1, profile.returns);
        assertEquals(6, profile.touches);
        assertEquals((1 + 0.5 * 4) / (6 + 4), profile.returnShare(0.5, 4), 1e-12);
    }

    @Test
    void pastMaxItemsTheWeakestItemNotRecentIsForgotten() {
        ProfileConfig small = config(3, 2);
        UserProfile p = new UserProfile(0);
        p.record(on(PURCHASE, "u", "A", 0), small, pairs(10));
        p.record(on(ADD_TO_CART, "u", "B", SECOND), small, pairs(10));
        p.record(on(VIEW, "u", "C", 2 * SECOND), small, pairs(10));
        p.record(on(VIEW, "u", "D", 3 * SECOND), small, pairs(10));
        // C and D are weaker than B, but they are the two recent items
        assertEquals(Set.of("A", "C", "D"), p.items.keySet());
    }

    @Test
    void weakestMeansWeakestAfterDecay() {
        ProfileConfig small = config(3, 2);
        UserProfile p = new UserProfile(0);
        p.record(on(PURCHASE, "u", "A", 0), small, pairs(10));
        p.record(on(VIEW, "u", "B", 10 * HOUR), small, pairs(10));
        p.record(on(VIEW, "u", "C", 10 * HOUR + 1), small, pairs(10));
        p.record(on(VIEW, "u", "D", 10 * HOUR + 2), small, pairs(10));
        // A's 5 has halved ten times (about 0.005); B's 1 is almost intact
        assertEquals(Set.of("B", "C", "D"), p.items.keySet());
    }

    @Test
    void recentItemsAreDistinctNewestLastAndBounded() {
        ProfileConfig cfg = config(100, 3);
        for (String item : List.of("A", "B", "C", "D")) profile.record(on(VIEW, "u", item, 1), cfg, pairs(10));
        assertEquals(List.of("B", "C", "D"), profile.recent);
        profile.record(on(VIEW, "u", "B", 2), cfg, pairs(10));
        assertEquals(List.of("C", "D", "B"), profile.recent);
        assertTrue(profile.items.containsKey("A"), "leaving the recent list does not forget the item");
    }
}
