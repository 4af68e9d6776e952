package org.streamrec.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CachedPairTableTest {
    private final MapPairTable stored = MapPairTable.copying();

    @Test
    void readsEachStoredCounterOnceAndWritesChangesOnlyOnWriteBack() throws Exception {
        stored.put("x", new PairStats(1, 0, 10, 0));
        CachedPairTable cached = new CachedPairTable(stored, false);
        cached.get("x").sym += 2;
        cached.put("x", cached.get("x"));
        cached.put("y", new PairStats(5, 0, 7, 0));
        assertEquals(1, stored.reads, "x read once, y put without a read");
        assertEquals(1, stored.get("x").sym, 0, "not written yet: the stored copy is separate");
        assertNull(stored.get("y"));

        cached.writeBack();
        assertEquals(3, stored.get("x").sym, 0);
        assertEquals(5, stored.get("y").sym, 0);
        stored.put("x", new PairStats(9, 0, 9, 0));
        cached.writeBack();
        assertEquals(9, stored.get("x").sym, 0, "written changes are not written again");
    }

    @Test
    void aNewItemNeverReadsTheStoredTable() throws Exception {
        CachedPairTable cached = new CachedPairTable(stored, true);
        assertNull(cached.get("x"));
        assertEquals(0, stored.reads);
    }

    @Test
    void removalsReachTheStoredTableAndAreNotReadBack() throws Exception {
        stored.put("x", new PairStats(1, 0, 10, 0));
        stored.put("z", new PairStats(2, 0, 10, 0));
        CachedPairTable cached = new CachedPairTable(stored, false);
        cached.remove("x");
        assertNull(cached.get("x"), "removed on the heap, though still stored");
        Map<String, PairStats> seen = new HashMap<>();
        cached.entries().forEach(e -> seen.put(e.getKey(), e.getValue()));
        assertEquals(Map.of("z", seen.get("z")), seen);
        cached.writeBack();
        assertNull(stored.get("x"));
        int reads = stored.reads;
        assertNull(cached.get("absent"), "after a full read a miss is known");
        assertEquals(reads, stored.reads);
    }

    /**
     * The similarity code over a cached table whose changes are written back at random moments, and
     * which is at times dropped and read afresh (an item leaving the job's cache), keeps exactly the
     * state it keeps over a plain table: same counters, same top list, including prunes and promotions.
     */
    @Test
    void theNeighbourhoodOverACachedTableEqualsTheOneOverAPlainTable() throws Exception {
        ItemNeighbourhood neighbourhood = new ItemNeighbourhood(TestSimilarityConfigs.of(4, 12, 0.5, 0.5, 10));
        ItemSummary plainSummary = new ItemSummary();
        MapPairTable plain = new MapPairTable();
        ItemSummary cachedSummary = new ItemSummary();
        CachedPairTable cached = new CachedPairTable(stored, true);
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            String other = "i" + random.nextInt(30);
            double delta = random.nextDouble();
            double otherCount = 1 + random.nextInt(50);
            neighbourhood.setCount(plainSummary, 1 + i / 10.0, 0);
            neighbourhood.setCount(cachedSummary, 1 + i / 10.0, 0);
            neighbourhood.addPair(plainSummary, plain, other, delta, delta / 2, otherCount, 0);
            neighbourhood.addPair(cachedSummary, cached, other, delta, delta / 2, otherCount, 0);
            if (random.nextInt(50) == 0) cached.writeBack();
            if (random.nextInt(200) == 0) {
                cached.writeBack();
                cached = new CachedPairTable(stored, false);
            }
        }
        cached.writeBack();
        assertEquals(plain.map.keySet(), stored.map.keySet());
        plain.map.forEach((k, v) -> assertEquals(v.sym, stored.map.get(k).sym, 0, k));
        assertEquals(plainSummary.tracked, cachedSummary.tracked);
        assertEquals(described(neighbourhood.neighbours(plainSummary, 4)), described(neighbourhood.neighbours(cachedSummary, 4)));
    }

    private static List<String> described(List<Neighbour> neighbours) {
        return neighbours.stream().map(n -> n.itemId + "=" + n.similarity).toList();
    }
}
