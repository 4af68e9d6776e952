package org.streamrec.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.streamrec.config.ActionWeights;
import org.streamrec.config.ProfileConfig;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;
import org.streamrec.engine.profile.TestEvents;

/**
 * A seeded random stream of interactions, learnt incrementally the way the job routes it (bundles
 * flushed at random moments included), must give the co-occurrence counts and similarities that a
 * batch recomputation gives.
 *
 * <p>Bounds are lifted so that nothing is forgotten, unpaired or pruned; each user's stream is one
 * session and the half-life is so long that nothing fades, so the batch's closed form holds. The
 * directed counts split each pair between its two orders: fwd(i->j) + fwd(j->i) = pair(i,j) for
 * every pair no user ever had in one order (whose lines have no order). Item i's counter for
 * partner j holds count(j) as j's counter stamped it on the last update of pair(i,j). Processed in
 * order in one thread, i's own count is always current, and that snapshot is current unless
 * count(j) rose in a later event that left pair(i,j) unchanged: a user who has not rated i rated
 * j, or a user raised r_uj from a value already at or above r_ui, so min(r_ui, r_uj) stayed. (Within
 * one event the snapshot is current: a line's count changes before it stamps its pair updates.) In
 * the job, updates on different keys may also arrive out of order; this single-threaded routing
 * does not model that. Pair counts are compared for all pairs; similarities where the snapshot is
 * fresh; then every pair is re-sent with its partner's current count (a zero pair update, stamped
 * as CountItems stamps) and all similarities and each item's top K are compared.
 */
class IncrementalCooccurrenceTest {
    private static final ActionWeights WEIGHTS = new ActionWeights(1, 1.5, 2, 3, -1, 5);
    private static final int USERS = 25;
    private static final int ITEMS = 40;
    private static final int EVENTS = 800;
    private static final int TOP_K = 5;
    private static final ProfileConfig PROFILE =
            new ProfileConfig(WEIGHTS, Duration.ofDays(30), 10_000, 10_000, Duration.ofDays(3650), 1);
    private static final SimilarityConfig SIMILARITY = new SimilarityConfig(TOP_K, 10_000, 1_000_000,
            Duration.ofDays(1_000_000_000L), 0.5, 0, 1.0, 1, 100, Duration.ofMillis(1), Duration.ofMillis(1));
    private static final Similarity COSINE = new Similarity(SIMILARITY);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void incrementalStateEqualsTheBatchRecomputation(long seed) throws Exception {
        Replay replay = new Replay(randomInteractions(seed), seed);
        assertCountsAndEveryPairCount(replay);
        assertDirectedCountsSplitEachPair(replay);
        assertFreshSnapshotsGiveTheBatchSimilarityAndStaleOnesACountSinceTheLastPairChange(replay);
        replay.routing.resendCounts();
        assertEverySimilarityAndEveryTopList(replay);
    }

    private static void assertCountsAndEveryPairCount(Replay replay) {
        BundledRouting routing = replay.routing;
        assertEquals(replay.counts.keySet(), routing.counts.keySet());
        for (String i : replay.counts.keySet()) {
            assertClose(replay.counts.get(i), routing.summary(i).count, i);
            assertClose(replay.counts.get(i), routing.counts.get(i).value, i);
            Map<String, Double> batchPairs = replay.pairs.getOrDefault(i, Map.of());
            Map<String, PairStats> tracked = routing.table(i).map;
            assertEquals(batchPairs.keySet(), tracked.keySet(), i);
            assertEquals(tracked.size(), routing.summary(i).tracked, i);
            batchPairs.forEach((j, pair) -> assertClose(pair, tracked.get(j).sym, i + "~" + j));
        }
    }

    private static void assertDirectedCountsSplitEachPair(Replay replay) {
        int checked = 0;
        for (Map.Entry<String, MapPairTable> item : replay.routing.tables.entrySet()) {
            String i = item.getKey();
            for (Map.Entry<String, PairStats> pair : item.getValue().map.entrySet()) {
                String j = pair.getKey();
                double both = pair.getValue().fwd + replay.routing.table(j).map.get(i).fwd;
                assertTrue(both <= pair.getValue().sym * (1 + TOLERANCE), i + "~" + j);
                if (!replay.inOneOrder.contains(Replay.key(i, j))) {
                    checked++;
                    assertClose(pair.getValue().sym, both, i + "~" + j);
                }
            }
        }
        assertTrue(checked > 0);
    }

    private static void assertFreshSnapshotsGiveTheBatchSimilarityAndStaleOnesACountSinceTheLastPairChange(Replay replay) {
        int fresh = 0;
        int stale = 0;
        int staleAtTheEnd = 0;
        for (Map.Entry<String, MapPairTable> item : replay.routing.tables.entrySet()) {
            String i = item.getKey();
            ItemSummary summary = replay.routing.summary(i);
            for (Map.Entry<String, PairStats> pair : item.getValue().map.entrySet()) {
                String j = pair.getKey();
                PairStats stats = pair.getValue();
                if (replay.isFresh(i, j)) {
                    fresh++;
                    assertClose(replay.counts.get(j), stats.otherCount, i + "~" + j);
                    assertClose(replay.cosine(i, j), similarity(summary, stats), i + "~" + j);
                } else {
                    // Stamped when the bundle holding the pair's last change reached j's counter: at
                    // least j's count at that change, at most its final count.
                    stale++;
                    assertTrue(stats.otherCount >= replay.countAtLastPairChange.get(Replay.key(i, j)) * (1 - TOLERANCE), i + "~" + j);
                    assertTrue(stats.otherCount <= replay.counts.get(j) * (1 + TOLERANCE), i + "~" + j);
                    if (stats.otherCount < replay.counts.get(j) * (1 - TOLERANCE)) staleAtTheEnd++;
                }
            }
            for (TopEntry top : summary.top) {
                assertEquals(item.getValue().map.get(top.itemId).sym, top.sym, i + "~" + top.itemId);
                assertEquals(item.getValue().map.get(top.itemId).otherCount, top.otherCount, i + "~" + top.itemId);
            }
        }
        assertTrue(fresh > 0 && staleAtTheEnd > 0, "the stream must exercise both cases: fresh " + fresh + ", stale " + stale
                + " (" + staleAtTheEnd + " still stale)");
    }

    /** After every pair got a fresh count: all similarities, and each item's top K by cosine (up to ties). */
    private static void assertEverySimilarityAndEveryTopList(Replay replay) {
        BundledRouting routing = replay.routing;
        for (String i : replay.pairs.keySet()) {
            ItemSummary summary = routing.summary(i);
            routing.table(i).map.forEach((j, stats) -> assertClose(replay.cosine(i, j), similarity(summary, stats), i + "~" + j));

            List<Double> batchTop = replay.pairs.get(i).keySet().stream()
                    .map(j -> replay.cosine(i, j))
                    .sorted(Comparator.reverseOrder())
                    .limit(TOP_K)
                    .toList();
            List<Neighbour> top = routing.neighbours(i, TOP_K);
            assertEquals(batchTop.size(), top.size(), i);
            for (int k = 0; k < top.size(); k++) {
                assertClose(batchTop.get(k), top.get(k).similarity, i + " rank " + k + " in " + top);
                assertClose(replay.cosine(i, top.get(k).itemId), top.get(k).similarity, i + "~" + top.get(k).itemId);
            }
        }
    }

    /**
     * Forward decay stores each weight times 2^(t / halfLife); with a half-life of a billion days that
     * factor differs from 1 by a few parts in a billion over this stream's hours.
     */
    private static final double TOLERANCE = 1e-7;

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.max(1, Math.abs(expected)), what);
    }

    private static double similarity(ItemSummary summary, PairStats stats) {
        return COSINE.of(COSINE.rankValue(stats.sym, stats.fwd, stats.otherCount), summary.count);
    }

    /**
     * The stream learnt both ways, and when each pair and each count last changed in the batch. One
     * event changes one user's ratings, so a sum changes exactly when that user's term of it does.
     */
    private static final class Replay {
        final BundledRouting routing;
        /** Pairs some user had in one order (as i~j and j~i). */
        final Set<String> inOneOrder = new java.util.HashSet<>();
        final Map<String, Integer> lastPairChange = new HashMap<>();
        final Map<String, Double> countAtLastPairChange = new HashMap<>();
        final Map<String, Integer> lastCountChange = new HashMap<>();
        final Map<String, Double> counts;
        final Map<String, Map<String, Double>> pairs;

        Replay(List<Event> events, long seed) throws Exception {
            routing = new BundledRouting(PROFILE, SIMILARITY, seed);
            BatchCooccurrence batch = new BatchCooccurrence(WEIGHTS);
            for (int t = 0; t < events.size(); t++) {
                Event e = events.get(t);
                routing.accept(e);
                if (e.lines != null) {
                    for (OrderLine a : e.lines) for (OrderLine b : e.lines) inOneOrder.add(key(a.itemId, b.itemId));
                }
                Map<String, Double> before = batch.ratingsOf(e.userId);
                batch.add(e);
                Map<String, Double> after = batch.ratingsOf(e.userId);
                for (String item : after.keySet()) {
                    if (!after.get(item).equals(before.get(item))) lastCountChange.put(item, t);
                }
                Map<String, Double> countsNow = batch.counts();
                Map<String, Map<String, Double>> termsBefore = BatchCooccurrence.pairsOf(before);
                int now = t;
                BatchCooccurrence.pairsOf(after).forEach((i, js) -> js.forEach((j, term) -> {
                    if (!term.equals(termsBefore.getOrDefault(i, Map.of()).get(j))) {
                        lastPairChange.put(key(i, j), now);
                        countAtLastPairChange.put(key(i, j), countsNow.get(j));
                    }
                }));
            }
            routing.flush();
            counts = batch.counts();
            pairs = batch.pairs();
        }

        static String key(String i, String j) {
            return i + "~" + j;
        }

        boolean isFresh(String i, String j) {
            return lastCountChange.get(j) <= lastPairChange.get(key(i, j));
        }

        double cosine(String i, String j) {
            return BatchCooccurrence.cosine(pairs.get(i).get(j), counts.get(i), counts.get(j));
        }
    }

    /** Skewed item popularity, every interaction type, orders of 1-3 distinct lines, sessions with gaps. */
    private static List<Event> randomInteractions(long seed) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>(EVENTS);
        long time = 0;
        for (int n = 0; n < EVENTS; n++) {
            time += random.nextInt(10) == 0 ? Duration.ofHours(2).toMillis() : random.nextInt(120_000);
            String user = "u" + random.nextInt(USERS);
            String item = skewedItem(random);
            int kind = random.nextInt(100);
            if (kind < 45) events.add(TestEvents.on(EventType.VIEW, user, item, time));
            else if (kind < 52) events.add(TestEvents.on(EventType.SEARCH, user, item, time));
            else if (kind < 60) events.add(TestEvents.on(EventType.FAVOURITE, user, item, time));
            else if (kind < 72) events.add(TestEvents.on(EventType.ADD_TO_CART, user, item, time));
            else if (kind < 77) events.add(TestEvents.on(EventType.REMOVE_FROM_CART, user, item, time));
            else if (kind < 90) events.add(TestEvents.purchase(user, time, orderLines(random, item)));
            else events.add(TestEvents.rating(user, item, 1 + random.nextInt(5), time));
        }
        return events;
    }

    private static String skewedItem(Random random) {
        double r = random.nextDouble();
        return String.format("i%02d", (int) (ITEMS * r * r));
    }

    private static OrderLine[] orderLines(Random random, String first) {
        Set<String> items = new LinkedHashSet<>(List.of(first));
        int lines = 1 + random.nextInt(3);
        while (items.size() < lines) items.add(skewedItem(random));
        return items.stream().map(id -> new OrderLine(id, 1 + random.nextInt(3), 10)).toArray(OrderLine[]::new);
    }
}
