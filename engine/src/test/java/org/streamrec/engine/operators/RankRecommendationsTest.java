package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.TwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.experiment.Holdout;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;

/** The ranking answers each request at once from what was broadcast to it. */
// Flink's test harnesses declare close() throws Exception; try-with-resources is still the right way to close them.
@SuppressWarnings("try")
class RankRecommendationsTest {
    private static final EngineConfig CONFIG = ConfigLoader.defaults();

    private static TwoInputStreamOperatorTestHarness<RankRequest, SharedUpdate, Recommendation> harness() throws Exception {
        return new TwoInputStreamOperatorTestHarness<>(new RankRecommendations(CONFIG.ranking(), CONFIG.offer()));
    }

    private static SharedUpdate card(String itemId, String neighbour, float similarity, double price) {
        ItemCard card = new ItemCard();
        card.itemId = itemId;
        card.neighbours = new String[] {neighbour};
        card.similarities = new float[] {similarity};
        card.price = price;
        return SharedUpdate.of(card);
    }

    /** A card of an item with no neighbours whose trending count is {@code trend}. */
    private static SharedUpdate engaged(String itemId, double trend) {
        ItemCard card = new ItemCard();
        card.itemId = itemId;
        card.trend = trend;
        card.popularity = trend;
        return SharedUpdate.of(card);
    }

    private static RankRequest request(String userId, String eventId, String... seeds) {
        RankRequest r = new RankRequest();
        r.userId = userId;
        r.triggerEventId = eventId;
        r.eventTime = 5;
        r.variant = "v";
        r.seeds = seeds;
        r.seedWeights = new double[seeds.length];
        java.util.Arrays.fill(r.seedWeights, 1);
        r.seedActions = new String[seeds.length];
        java.util.Arrays.fill(r.seedActions, "viewed");
        r.repeats = new String[0];
        r.repeatAffinities = new double[0];
        r.repeatPurchases = new int[0];
        r.exclude = new String[] {"s"};
        r.bought = new String[0];
        return r;
    }

    private static List<String> ids(Recommendation r) {
        return r.items.stream().map(i -> i.itemId).toList();
    }

    @Test
    void answersAtOnceWithSimilarItemsThenTrendingAndPublishesTheListForUnknownShoppers() throws Exception {
        try (var h = harness()) {
            h.open();
            h.processElement2(engaged("t", 3), 0);
            h.processElement2(card("s", "x", 0.5f, 20), 0);
            h.processElement2(engaged("x", 2), 0);
            h.processElement1(request("u", "e1", "s"), 1);
            List<Recommendation> out = h.extractOutputValues();
            Recommendation forUser = out.get(0);
            assertEquals("u", forUser.userId);
            assertEquals("e1", forUser.triggerEventId);
            assertEquals(List.of("x", "t"), ids(forUser), "s is excluded; x is similar, then what trends");
            assertEquals("trending now", forUser.items.get(1).reason);
            assertEquals(List.of(RankedItem.SIMILAR, RankedItem.TRENDING), forUser.items.stream().map(i -> i.source).toList());
            assertEquals("x", forUser.offer.itemId, "no prices: the first position leads");
            Recommendation forAnyone = out.get(1);
            assertEquals(Recommendation.ANY_USER, forAnyone.userId);
            assertEquals(List.of("t", "x"), ids(forAnyone));
            assertEquals("e1", forAnyone.triggerEventId);

            h.processElement1(request("u2", "e2", "s"), 2);
            assertEquals(3, h.extractOutputValues().size(), "the list for unknown shoppers goes out only when trending changed");
        }
    }

    @Test
    void aHeldOutShopperGetsWhatTrendsLabelledHoldout() throws Exception {
        try (var h = harness()) {
            h.open();
            h.processElement2(engaged("t", 3), 0);
            h.processElement2(card("s", "x", 0.5f, 20), 0);
            h.processElement2(engaged("x", 2), 0);
            RankRequest heldOut = request("u", "e1", "s");
            heldOut.variant = Holdout.VARIANT;
            h.processElement1(heldOut, 1);
            Recommendation r = h.extractOutputValues().get(0);
            assertEquals("u", r.userId);
            assertEquals(Holdout.VARIANT, r.variant);
            assertEquals(List.of("t", "x"), ids(r), "what trends overall, the similar item of its seed not first and s not excluded");
            assertEquals(List.of(RankedItem.TRENDING, RankedItem.TRENDING), r.items.stream().map(i -> i.source).toList());
        }
    }

    @Test
    void aForgottenUserGetsATombstone() throws Exception {
        try (var h = harness()) {
            h.open();
            RankRequest forget = request("u", "e9");
            forget.forget = true;
            h.processElement1(forget, 1);
            Recommendation r = h.extractOutputValues().get(0);
            assertTrue(Recommendation.isTombstone(r));
            assertEquals("u", r.userId);
            assertNull(r.items);
        }
    }

    @Test
    void businessRulesSurviveARestoreButTheIndexIsPublishedAgain() throws Exception {
        BusinessRule promote = new BusinessRule();
        promote.ruleId = "r1";
        promote.scope = "item";
        promote.target = "y";
        promote.weight = 10;
        promote.active = true;
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            h.processElement2(SharedUpdate.of(promote), 0);
            snapshot = h.snapshot(1, 0);
        }
        try (var restored = harness()) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            ItemCard s = new ItemCard();
            s.itemId = "s";
            s.neighbours = new String[] {"x", "y"};
            s.similarities = new float[] {0.9f, 0.1f};
            restored.processElement2(SharedUpdate.of(s), 0);
            restored.processElement1(request("u", "e1", "s"), 1);
            Recommendation r = restored.extractOutputValues().get(0);
            assertEquals(List.of("x", "y"), ids(r));
            assertEquals("y", r.offer.itemId, "the rule weighs y ten times");
            assertEquals(10, r.offer.businessWeight);
        }
    }

    @Test
    void theLearntCoverageOfNewItemsSurvivesARestore() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            h.processElement2(card("s", "x", 0.5f, 20), 0);
            for (int i = 0; i < 100; i++) {
                RankRequest learnt = request("u" + i, "e" + i, "x", "s");
                learnt.newItems = new String[] {"x"};
                h.processElement1(learnt, 1);
            }
            snapshot = h.snapshot(1, 0);
        }
        // With no repeats the similar item scores coverage x its share (1): 100 covered new items
        // against the prior 0.5 weighing 100 make about 0.75.
        double learnt = (99.505 + 50) / (99.505 + 100);
        try (var restored = harness()) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement2(card("s", "x", 0.5f, 20), 0);
            restored.processElement1(request("u", "e1", "s"), 1);
            assertEquals(learnt, restored.extractOutputValues().get(0).items.get(0).score, 1e-3);
        }
        try (var fresh = harness()) {
            fresh.open();
            fresh.processElement2(card("s", "x", 0.5f, 20), 0);
            fresh.processElement1(request("u", "e1", "s"), 1);
            assertEquals(0.5, fresh.extractOutputValues().get(0).items.get(0).score, 1e-3);
        }
    }
}
