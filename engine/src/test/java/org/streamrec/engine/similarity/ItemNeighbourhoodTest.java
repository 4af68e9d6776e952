package org.streamrec.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ItemNeighbourhoodTest {
    private final ItemSummary summary = new ItemSummary();
    private final MapPairTable pairs = new MapPairTable();

    private static ItemNeighbourhood cosine(int topK, int maxTrackedPairs) {
        return new ItemNeighbourhood(TestSimilarityConfigs.cosine(topK, maxTrackedPairs));
    }

    private static List<String> ids(List<Neighbour> neighbours) {
        return neighbours.stream().map(n -> n.itemId).toList();
    }

    @Test
    void pruningAmongEqualSimilaritiesDoesNotDependOnTheTablesOrder() throws Exception {
        ItemNeighbourhood n = cosine(1, 5);
        for (List<String> order : List.of(List.of("a", "b", "c", "d", "e"), List.of("e", "d", "c", "b", "a"))) {
            ItemSummary item = new ItemSummary();
            MapPairTable table = MapPairTable.inInsertionOrder();
            for (String id : order) n.addPair(item, table, id, 1, 0, 3, 0);
            // Its own count has not arrived: every similarity is 0, so all counters tie.
            n.addPair(item, table, "f", 1, 0, 3, 0);
            assertEquals(Set.of("a", "b", "c", "d", "e"), table.map.keySet(), "read in the order " + order);
        }
    }

    @Test
    void pairDeltasAddUpAndTheLatestPartnerCountIsKept() throws Exception {
        ItemNeighbourhood n = cosine(3, 100);
        n.setCount(summary, 4, 0);
        n.addPair(summary, pairs, "B", 1, 0, 4, 0);
        n.addPair(summary, pairs, "B", 2, 0, 9, 0);
        n.addPair(summary, pairs, "C", 2, 0, 1, 0);

        assertEquals(2, summary.tracked);
        assertEquals(3, pairs.get("B").sym);
        assertEquals(9, pairs.get("B").otherCount);
        List<Neighbour> top = n.neighbours(summary, 10);
        assertEquals(List.of("C", "B"), ids(top));
        assertEquals(2 / Math.sqrt(4 * 1), top.get(0).similarity, 1e-12);
        assertEquals(3 / Math.sqrt(4 * 9), top.get(1).similarity, 1e-12);
        assertEquals(List.of("C"), ids(n.neighbours(summary, 1)));

        n.addPair(summary, pairs, "B", 0, 0, 16, 0);
        assertEquals(3 / Math.sqrt(4 * 16), n.neighbours(summary, 10).get(1).similarity, 1e-12);
    }

    @Test
    void alphaOneIsTheConditionalProbabilityOfTheNeighbour() throws Exception {
        ItemNeighbourhood n = new ItemNeighbourhood(TestSimilarityConfigs.of(3, 100, 1.0, 0, 10));
        n.setCount(summary, 4, 0);
        n.addPair(summary, pairs, "B", 3, 0, 6, 0);
        n.setCount(summary, 5, 0);
        assertEquals(3.0 / 5, n.neighbours(summary, 10).get(0).similarity, 1e-12);
    }

    @Test
    void directedWeightBlendsWhatCameAfterWithWhatCameTogether() throws Exception {
        ItemNeighbourhood n = new ItemNeighbourhood(TestSimilarityConfigs.of(3, 100, 0.5, 0.75, 10));
        n.setCount(summary, 4, 0);
        n.addPair(summary, pairs, "after", 2, 2, 4, 0);
        n.addPair(summary, pairs, "before", 2, 0, 4, 0);
        List<Neighbour> top = n.neighbours(summary, 10);
        assertEquals(List.of("after", "before"), ids(top));
        assertEquals((0.25 * 2 + 0.75 * 2) / 4, top.get(0).similarity, 1e-12);
        assertEquals(0.25 * 2 / 4, top.get(1).similarity, 1e-12);
    }

    /** Updates spread over epochs give the similarities the same updates give in one epoch. */
    @Test
    void epochsChangeNoSimilarity() throws Exception {
        ItemNeighbourhood n = cosine(5, 100);
        ItemSummary oneEpoch = new ItemSummary();
        MapPairTable oneTable = new MapPairTable();
        double shrink = Math.pow(2, -ForwardDecay.EPOCH_HALF_LIVES);
        n.setCount(oneEpoch, 8, 3);
        n.setCount(summary, 8 / shrink, 2);
        n.addPair(oneEpoch, oneTable, "B", 2, 0, 4, 3);
        n.addPair(summary, pairs, "B", 2 / shrink, 0, 4 / shrink, 2);
        n.addPair(oneEpoch, oneTable, "C", 3, 0, 9, 3);
        n.addPair(summary, pairs, "C", 3, 0, 9, 3);
        n.addPair(oneEpoch, oneTable, "B", 1, 0, 5, 3);
        n.addPair(summary, pairs, "B", 1, 0, 5, 3);
        assertEquals(3, summary.epoch);
        List<Neighbour> expected = n.neighbours(oneEpoch, 10);
        List<Neighbour> actual = n.neighbours(summary, 10);
        assertEquals(ids(expected), ids(actual));
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i).similarity, actual.get(i).similarity, 1e-9);
    }

    @Test
    void noNeighboursBeforeTheItemHasACount() throws Exception {
        ItemNeighbourhood n = cosine(3, 100);
        n.addPair(summary, pairs, "B", 1, 0, 1, 0);
        assertEquals(List.of(), n.neighbours(summary, 10));
    }

    @Test
    void aFullTopListAdmitsOnlyWhatBeatsItsWeakest() throws Exception {
        ItemNeighbourhood n = cosine(2, 100);
        n.setCount(summary, 1, 0);
        n.addPair(summary, pairs, "B", 2, 0, 4, 0); // 1.0
        n.addPair(summary, pairs, "C", 1, 0, 4, 0); // 0.5
        n.addPair(summary, pairs, "D", 1, 0, 16, 0); // 0.25: not admitted
        assertEquals(List.of("B", "C"), ids(n.neighbours(summary, 10)));
        n.addPair(summary, pairs, "E", 3, 0, 4, 0); // 1.5: replaces C
        assertEquals(List.of("E", "B"), ids(n.neighbours(summary, 10)));
        n.addPair(summary, pairs, "D", 3, 0, 16, 0); // now 1.0, ties B: not admitted
        assertEquals(List.of("E", "B"), ids(n.neighbours(summary, 10)));
        assertEquals(4, summary.tracked, "counters are kept for items outside the top list");
    }

    @Test
    void aTopEntryThatWeakensGivesWayToAStrongerCounterOutsideTheList() throws Exception {
        ItemNeighbourhood n = cosine(1, 100);
        n.setCount(summary, 1, 0);
        n.addPair(summary, pairs, "B", 2, 0, 1, 0); // 2.0
        n.addPair(summary, pairs, "C", 1, 0, 1, 0); // 1.0: outside the list
        n.addPair(summary, pairs, "B", 1, 0, 100, 0); // B became popular: 3 / sqrt(100) = 0.3
        List<Neighbour> top = n.neighbours(summary, 10);
        assertEquals(List.of("C"), ids(top));
        assertEquals(1.0, top.get(0).similarity, 1e-12);
    }

    @Test
    void aWeakenedEntryStillStrongerThanEverythingOutsideStays() throws Exception {
        ItemNeighbourhood n = cosine(1, 100);
        n.setCount(summary, 1, 0);
        n.addPair(summary, pairs, "B", 4, 0, 1, 0); // 4.0
        n.addPair(summary, pairs, "C", 1, 0, 1, 0); // 1.0
        n.addPair(summary, pairs, "B", 2, 0, 4, 0); // 6 / 2 = 3.0
        assertEquals(List.of("B"), ids(n.neighbours(summary, 10)));
    }

    /**
     * One item co-occurring once with each of 5000 others, strengths in random order. At every
     * prune, maxTrackedPairs + 1 counters exist and the weakest tenth of those outside the top list
     * go, so a dropped counter has at least maxTrackedPairs + 1 - maxTrackedPairs/10 stronger ones:
     * the strongest maxTrackedPairs + 1 - maxTrackedPairs/10 are never dropped.
     */
    @Test
    void aPopularItemStaysBoundedAndKeepsItsStrongestPairs() throws Exception {
        int topK = 20;
        int maxTracked = 200;
        ItemNeighbourhood n = cosine(topK, maxTracked);
        n.setCount(summary, 1000, 0);
        Random random = new Random(7);
        Map<String, Double> sims = new HashMap<>();
        for (int j = 0; j < 5000; j++) {
            String other = "j" + j;
            double pair = 0.5 + random.nextInt(100) / 2.0;
            double otherCount = pair + random.nextDouble() * 200;
            sims.put(other, pair / Math.sqrt(summary.count * otherCount));
            n.addPair(summary, pairs, other, pair, 0, otherCount, 0);
            assertTrue(summary.tracked <= maxTracked, "tracked " + summary.tracked);
            assertEquals(pairs.map.size(), summary.tracked);
            assertTrue(summary.top.size() <= topK, "top " + summary.top.size());
        }
        List<String> strongest = sims.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();

        List<Neighbour> top = n.neighbours(summary, topK);
        assertEquals(Set.copyOf(strongest.subList(0, topK)), Set.copyOf(ids(top)));
        for (Neighbour nb : top) assertEquals(sims.get(nb.itemId), nb.similarity, 1e-12);
        assertEquals(List.of(), missing(strongest.subList(0, maxTracked + 1 - maxTracked / 10)));
    }

    private List<String> missing(List<String> expected) {
        return expected.stream().filter(id -> !pairs.map.containsKey(id)).collect(Collectors.toList());
    }

    @Test
    void pruningNeverDropsATopEntry() throws Exception {
        ItemNeighbourhood n = cosine(3, 3);
        n.setCount(summary, 1, 0);
        // The top three arrive first; everything after is weaker and must be the one pruned.
        double[] strengths = {9, 8, 7, 1, 2, 3};
        for (int i = 0; i < strengths.length; i++) n.addPair(summary, pairs, "x" + i, strengths[i], 0, 1, 0);
        assertEquals(Set.of("x0", "x1", "x2"), pairs.map.keySet());
        assertEquals(Set.of("x0", "x1", "x2"), summary.top.stream().map(t -> t.itemId).collect(Collectors.toSet()));
    }
}
