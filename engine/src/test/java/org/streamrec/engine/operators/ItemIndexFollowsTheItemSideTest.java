package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.TwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.ItemFact;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.profile.TestEvents;

/**
 * After a replay through the job's learning path (user profile, bundle, item counts, bundle, item
 * neighbours, each its real operator, records handed on as the job would, bundles and publications
 * at random moments), every ranking instance's local index holds exactly the lists the item side
 * has: the ones a restored item side publishes from its state.
 */
// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class ItemIndexFollowsTheItemSideTest {
    private static final EngineConfig CONFIG = ConfigLoader.load(null, Map.of(
            "similarity.topK", "10", "similarity.cachedItems", "5", "profile.cachedUsers", "3"));
    private static final long INTERVAL = 1_000;

    @Test
    void theRankingsIndexEqualsTheItemSidesListsAfterAReplay() throws Exception {
        Random random = new Random(3);
        try (var users = new KeyedOneInputStreamOperatorTestHarness<String, Event, RankRequest>(new UpdateUserProfile(CONFIG),
                     e -> e.userId, Types.STRING);
             var touchBundle = new OneInputStreamOperatorTestHarness<ItemTouch, ItemTouch>(
                     new BundleOperator<>(new MergeTouches(), 50, INTERVAL));
             var counts = new KeyedOneInputStreamOperatorTestHarness<String, ItemTouch, PairUpdate>(
                     new KeyedProcessOperator<>(new CountItems()), t -> t.itemId, Types.STRING);
             var pairBundle = new OneInputStreamOperatorTestHarness<PairUpdate, PairUpdate>(
                     new BundleOperator<>(new MergePairUpdates(), 50, INTERVAL));
             var neighbours = neighbours();
             var rank = new TwoInputStreamOperatorTestHarness<RankRequest, SharedUpdate, Recommendation>(
                     new RankRecommendations(CONFIG.ranking(), CONFIG.offer()))) {
            users.setStateBackend(new EmbeddedRocksDBStateBackend());
            counts.setStateBackend(new EmbeddedRocksDBStateBackend());
            for (var h : List.of(users, touchBundle, counts, pairBundle, neighbours, rank)) h.open();

            long time = 1_700_000_000_000L;
            for (int i = 0; i < 1_500; i++) {
                time += random.nextInt(60_000);
                EventType type = random.nextInt(5) == 0 ? EventType.ADD_TO_CART : EventType.VIEW;
                users.processElement(TestEvents.on(type, "u" + random.nextInt(30), "i" + (int) (40 * Math.pow(random.nextDouble(), 2)), time), time);
                for (StreamRecord<ItemTouch> t : drain(users.getSideOutput(UpdateUserProfile.ITEM_TOUCHES))) touchBundle.processElement(t);
                if (random.nextInt(7) == 0) touchBundle.setProcessingTime(touchBundle.getProcessingTime() + INTERVAL);
                for (ItemTouch t : values(touchBundle)) counts.processElement(t, 0);
                for (PairUpdate u : values(counts)) pairBundle.processElement(u, 0);
                if (random.nextInt(5) == 0) pairBundle.setProcessingTime(pairBundle.getProcessingTime() + INTERVAL);
                for (PairUpdate u : values(pairBundle)) neighbours.processElement1(u, 0);
                if (random.nextInt(11) == 0) neighbours.setProcessingTime(neighbours.getProcessingTime() + CONFIG.similarity().publishInterval().toMillis());
                for (ItemCard c : values(neighbours)) rank.processElement2(SharedUpdate.of(c), 0);
            }
            touchBundle.endInput();
            for (ItemTouch t : values(touchBundle)) counts.processElement(t, 0);
            for (PairUpdate u : values(counts)) pairBundle.processElement(u, 0);
            pairBundle.endInput();
            for (PairUpdate u : values(pairBundle)) neighbours.processElement1(u, 0);
            neighbours.setProcessingTime(neighbours.getProcessingTime() + CONFIG.similarity().publishInterval().toMillis());
            for (ItemCard c : values(neighbours)) rank.processElement2(SharedUpdate.of(c), 0);

            Map<String, List<String>> itemSide = republished(neighbours.snapshot(1, 0));
            assertTrue(itemSide.size() >= 30, "items with neighbours: " + itemSide.size());
            Map<String, List<String>> index = new TreeMap<>();
            for (String item : itemSide.keySet()) index.put(item, answer(rank, item));
            assertEquals(itemSide, index);
        }
    }

    private static KeyedTwoInputStreamOperatorTestHarness<String, PairUpdate, ItemFact, ItemCard> neighbours() throws Exception {
        var h = new KeyedTwoInputStreamOperatorTestHarness<String, PairUpdate, ItemFact, ItemCard>(
                new UpdateNeighbours(CONFIG.similarity()), u -> u.itemId, ItemFact::itemId, Types.STRING);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    /** Every item's list as a restored item side publishes it from its state, best first (ties by id). */
    private static Map<String, List<String>> republished(OperatorSubtaskState snapshot) throws Exception {
        Map<String, List<String>> lists = new TreeMap<>();
        try (var restored = neighbours()) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            restored.setProcessingTime(restored.getProcessingTime() + CONFIG.similarity().publishInterval().toMillis());
            for (ItemCard c : values(restored)) {
                List<String[]> entries = new ArrayList<>();
                for (int k = 0; k < c.neighbours.length; k++) entries.add(new String[] {c.neighbours[k], Float.toString(c.similarities[k])});
                entries.sort(Comparator.<String[]>comparingDouble(e -> -Float.parseFloat(e[1])).thenComparing(e -> e[0]));
                List<String> described = entries.stream().map(e -> e[0]).toList();
                if (!described.isEmpty()) lists.put(c.itemId, described);
            }
        }
        return lists;
    }

    /** The ranking's list for a shopper whose one seed is {@code item}: its neighbours from the local index. */
    private static List<String> answer(TwoInputStreamOperatorTestHarness<RankRequest, SharedUpdate, Recommendation> rank, String item)
            throws Exception {
        RankRequest r = new RankRequest();
        r.userId = "probe";
        r.triggerEventId = "probe-" + item;
        r.seeds = new String[] {item};
        r.seedWeights = new double[] {1};
        r.seedActions = new String[] {"viewed"};
        r.repeats = new String[0];
        r.repeatAffinities = new double[0];
        r.repeatPurchases = new int[0];
        r.exclude = new String[0];
        r.bought = new String[0];
        r.variant = "v";
        rank.processElement1(r, 0);
        return values(rank).get(0).items.stream().map(i -> i.itemId).toList();
    }

    private static <T> List<StreamRecord<T>> drain(java.util.Queue<StreamRecord<T>> side) {
        List<StreamRecord<T>> out = new ArrayList<>(side);
        side.clear();
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> values(org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness<T> h) {
        List<T> out = new ArrayList<>();
        for (Object o : h.getOutput()) if (o instanceof StreamRecord<?> r) out.add((T) r.getValue());
        h.getOutput().clear();
        return out;
    }
}
