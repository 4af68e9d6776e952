package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.streamrec.config.SimilarityConfig.SimilarityMeasure.COSINE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.messages.CandidateRequest;
import org.streamrec.engine.messages.CandidateResponse;
import org.streamrec.engine.messages.NeighbourUpdate;
import org.streamrec.engine.similarity.ItemNeighbourhood;
import org.streamrec.engine.similarity.ItemSummary;
import org.streamrec.engine.similarity.MapPairTable;

/**
 * The operator keeps items on the heap and writes them to RocksDB when they leave its cache or
 * before a checkpoint. With a cache of two items among twenty, nearly every update makes another
 * item leave; its answers, and a restored operator's answers, must equal those of the similarity
 * code applied directly, update by update. Pair updates that arrive before the item's own count
 * make every similarity 0, so ties, which must not depend on the order a table is read in, occur too.
 */
// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class UpdateNeighboursTest {
    private static final SimilarityConfig CONFIG = new SimilarityConfig(COSINE, 5, 10, 8, Duration.ofDays(60), 2);
    private static final int ITEMS = 20;

    @Test
    void answersFromTheCacheAndAfterARestoreEqualTheSimilarityCodeAppliedDirectly() throws Exception {
        Reference reference = new Reference();
        Random random = new Random(11);
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            applyUpdates(h, reference, random, 0, 4_000);
            // A change that moves item0's list, still only on the heap: the checkpoint must write it.
            NeighbourUpdate strong = new NeighbourUpdate("item0", "item1", 100, 1);
            h.processElement1(strong, 4_000);
            reference.apply(strong);
            snapshot = h.snapshot(1L, 0L);
        }
        try (var restored = harness()) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            assertEquals(reference.answers(), answers(restored));
            applyUpdates(restored, reference, random, 4_000, 6_000);
            assertEquals(reference.answers(), answers(restored));
        }
    }

    /** Random pair and count updates, sent to the operator and the reference, answers compared now and then. */
    private static void applyUpdates(
            KeyedTwoInputStreamOperatorTestHarness<String, NeighbourUpdate, CandidateRequest, CandidateResponse> h,
            Reference reference, Random random, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            NeighbourUpdate u = random.nextInt(10) == 0
                    ? new NeighbourUpdate(item(random), null, 0, 1 + i / 20.0)
                    : new NeighbourUpdate(item(random), item(random), random.nextDouble(), 1 + random.nextInt(200));
            if (u.itemId.equals(u.otherId)) continue;
            h.processElement1(u, i);
            reference.apply(u);
            if (i % 500 == 250) assertEquals(reference.answers(), answers(h), "after " + i + " updates");
        }
    }

    private static KeyedTwoInputStreamOperatorTestHarness<String, NeighbourUpdate, CandidateRequest, CandidateResponse> harness()
            throws Exception {
        var h = new KeyedTwoInputStreamOperatorTestHarness<String, NeighbourUpdate, CandidateRequest, CandidateResponse>(
                new UpdateNeighbours(CONFIG), u -> u.itemId, r -> r.seedId, Types.STRING);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    private static String item(Random random) {
        return "item" + random.nextInt(ITEMS);
    }

    /** Each item's neighbours as the operator answers a request for it, in item order. */
    private static List<String> answers(
            KeyedTwoInputStreamOperatorTestHarness<String, NeighbourUpdate, CandidateRequest, CandidateResponse> h)
            throws Exception {
        int before = h.extractOutputValues().size();
        for (int i = 0; i < ITEMS; i++) h.processElement2(new CandidateRequest("item" + i, "u", 1, 1, "viewed"), 0);
        List<CandidateResponse> responses = h.extractOutputValues();
        List<String> described = new ArrayList<>();
        for (CandidateResponse r : responses.subList(before, responses.size())) {
            described.add(r.seedId + " " + r.neighbours.stream().map(n -> n.itemId + "=" + n.similarity).toList());
        }
        return described;
    }

    /** What the operator does, on plain maps. */
    private static final class Reference {
        private final ItemNeighbourhood neighbourhood = new ItemNeighbourhood(CONFIG);
        private final Map<String, ItemSummary> summaries = new HashMap<>();
        private final Map<String, MapPairTable> pairs = new HashMap<>();

        void apply(NeighbourUpdate u) throws Exception {
            ItemSummary summary = summaries.computeIfAbsent(u.itemId, i -> new ItemSummary());
            if (u.otherId == null) {
                summary.count = u.count;
            } else {
                neighbourhood.addPair(summary, pairs.computeIfAbsent(u.itemId, i -> MapPairTable.copying()), u.otherId, u.pairDelta, u.count);
            }
        }

        List<String> answers() {
            List<String> described = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                ItemSummary summary = summaries.get("item" + i);
                described.add("item" + i + " " + (summary == null ? List.of()
                        : neighbourhood.neighbours(summary, CONFIG.topK()).stream().map(n -> n.itemId + "=" + n.similarity).toList()));
            }
            return described;
        }
    }
}
