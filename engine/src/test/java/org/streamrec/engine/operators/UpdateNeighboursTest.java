package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.ItemFact;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.similarity.ItemNeighbourhood;
import org.streamrec.engine.similarity.ItemSummary;
import org.streamrec.engine.similarity.MapPairTable;
import org.streamrec.engine.similarity.TestSimilarityConfigs;

/**
 * The operator keeps items on the heap and writes them to RocksDB when they leave its cache or
 * before a checkpoint, and publishes the cards of the items that changed once per interval. With a
 * cache of two items among twenty, nearly every update makes another item leave; the last card
 * published for each item, and the cards a restored operator publishes for all its items, must equal
 * what the similarity code applied directly gives, update by update.
 */
// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class UpdateNeighboursTest {
    private static final SimilarityConfig CONFIG = TestSimilarityConfigs.of(5, 8, 0.5, 0.5, 10);
    private static final int ITEMS = 20;
    private static final long PUBLISH = CONFIG.publishInterval().toMillis();

    @Test
    void publishedCardsFromTheCacheAndAfterARestoreEqualTheSimilarityCodeAppliedDirectly() throws Exception {
        Reference reference = new Reference();
        Random random = new Random(11);
        Map<String, String> published = new TreeMap<>();
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            applyUpdates(h, reference, random, 0, 4_000, published);
            h.processElement2(ItemFact.of(catalogue("item3", "tea", 0)), 0);
            reference.category.put("item3", "tea");
            snapshot = h.snapshot(1L, 0L);
            h.setProcessingTime(h.getProcessingTime() + PUBLISH);
            collect(h, published);
            assertEquals(reference.cards(), published, "the last card of each item");
        }
        try (var restored = harness()) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            restored.setProcessingTime(restored.getProcessingTime() + PUBLISH);
            Map<String, String> republished = new TreeMap<>();
            collect(restored, republished);
            assertEquals(reference.cards(), republished, "a restored operator publishes every item");
            applyUpdates(restored, reference, random, 4_000, 6_000, republished);
            restored.setProcessingTime(restored.getProcessingTime() + PUBLISH);
            collect(restored, republished);
            assertEquals(reference.cards(), republished);
        }
    }

    /** Random count and pair updates, sent to the operator and the reference, published now and then. */
    private static void applyUpdates(KeyedTwoInputStreamOperatorTestHarness<String, PairUpdate, ItemFact, ItemCard> h,
                                     Reference reference, Random random, int from, int to, Map<String, String> published)
            throws Exception {
        for (int i = from; i < to; i++) {
            PairUpdate u = random.nextInt(10) == 0 ? count(item(random), 1 + i / 20.0) : pair(item(random), item(random), random);
            if (u.others.length == 1 && u.others[0].equals(u.itemId)) continue;
            h.processElement1(u, i);
            reference.apply(u);
            if (i % 500 == 250) {
                h.setProcessingTime(h.getProcessingTime() + PUBLISH);
                collect(h, published);
                assertEquals(reference.cards().keySet().size(), published.size(), "after " + i + " updates");
                assertEquals(reference.cards(), published, "after " + i + " updates");
            }
        }
    }

    private static PairUpdate count(String itemId, double count) {
        PairUpdate u = new PairUpdate();
        u.itemId = itemId;
        u.count = count;
        u.others = new String[0];
        u.sym = u.fwd = u.otherCount = new double[0];
        return u;
    }

    private static PairUpdate pair(String itemId, String other, Random random) {
        PairUpdate u = new PairUpdate();
        u.itemId = itemId;
        u.others = new String[] {other};
        u.sym = new double[] {random.nextDouble()};
        u.fwd = new double[] {random.nextDouble() / 2};
        u.otherCount = new double[] {1 + random.nextInt(200)};
        u.sourceTime = 1;
        return u;
    }

    private static Event catalogue(String itemId, String category, int stock) {
        Event e = new Event();
        e.type = EventType.CATALOGUE_UPDATE;
        e.itemId = itemId;
        e.category = category;
        e.stock = stock;
        return e;
    }

    private static KeyedTwoInputStreamOperatorTestHarness<String, PairUpdate, ItemFact, ItemCard> harness() throws Exception {
        var h = new KeyedTwoInputStreamOperatorTestHarness<String, PairUpdate, ItemFact, ItemCard>(
                new UpdateNeighbours(CONFIG), u -> u.itemId, ItemFact::itemId, Types.STRING);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    private static String item(Random random) {
        return "item" + random.nextInt(ITEMS);
    }

    /** Keeps the latest card of each item published since the last call. */
    private static void collect(KeyedTwoInputStreamOperatorTestHarness<String, PairUpdate, ItemFact, ItemCard> h,
                                Map<String, String> published) {
        List<ItemCard> cards = h.extractOutputValues();
        for (ItemCard card : cards) published.put(card.itemId, describe(card.neighbours, card.similarities, card.category));
        assertTrue(cards.stream().allMatch(c -> c.version > 0 || c.neighbours == null));
        h.getOutput().clear();
    }

    private static String describe(String[] ids, float[] similarities, String category) {
        List<String> d = new ArrayList<>();
        for (int i = 0; ids != null && i < ids.length; i++) d.add(ids[i] + "=" + similarities[i]);
        return d + (category == null ? "" : " in " + category);
    }

    /** What the operator does, on plain maps. */
    private static final class Reference {
        private final ItemNeighbourhood neighbourhood = new ItemNeighbourhood(CONFIG);
        private final Map<String, ItemSummary> summaries = new HashMap<>();
        private final Map<String, MapPairTable> pairs = new HashMap<>();
        final Map<String, String> category = new HashMap<>();

        void apply(PairUpdate u) throws Exception {
            neighbourhood.apply(summaries.computeIfAbsent(u.itemId, i -> new ItemSummary()),
                    pairs.computeIfAbsent(u.itemId, i -> MapPairTable.copying()), u);
        }

        Map<String, String> cards() {
            Map<String, String> cards = new TreeMap<>();
            summaries.forEach((itemId, summary) -> {
                var top = neighbourhood.neighbours(summary, CONFIG.topK());
                String[] ids = top.stream().map(n -> n.itemId).toArray(String[]::new);
                float[] sims = new float[top.size()];
                for (int i = 0; i < sims.length; i++) sims[i] = (float) top.get(i).similarity;
                cards.put(itemId, describe(ids, sims, category.get(itemId)));
            });
            category.forEach((itemId, c) -> cards.putIfAbsent(itemId, describe(null, null, c)));
            return cards;
        }
    }
}
