package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.streamrec.engine.ranking.TestCards.card;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.profile.Seed;

/**
 * Seed S1 (weight 2, viewed) has neighbours X 0.5, Y 0.25; seed S2 (weight 3, added to cart) has
 * X 0.125, Z 0.25. So similar(X) = 2 x 0.5 + 3 x 0.125 = 1.375, Z = 0.75, Y = 0.5: 2.625 in all.
 */
class RankerTest {
    private final ItemIndex index = new ItemIndex();

    RankerTest() {
        index.apply(card("S1", "X", 0.5, "Y", 0.25));
        index.apply(card("S2", "X", 0.125, "Z", 0.25));
    }

    private static RankRequest request(double returnShare, Object... repeatsAndAffinities) {
        RankRequest r = new RankRequest();
        r.seeds = new String[] {"S1", "S2"};
        r.seedWeights = new double[] {2, 3};
        r.seedActions = new String[] {"viewed", "added to cart"};
        int n = repeatsAndAffinities.length / 2;
        r.repeats = new String[n];
        r.repeatAffinities = new double[n];
        r.repeatPurchases = new int[n];
        for (int i = 0; i < n; i++) {
            r.repeats[i] = (String) repeatsAndAffinities[2 * i];
            r.repeatAffinities[i] = ((Number) repeatsAndAffinities[2 * i + 1]).doubleValue();
        }
        r.returnShare = returnShare;
        r.exclude = new String[0];
        r.bought = new String[0];
        return r;
    }

    private List<RankedItem> rank(RankRequest r, Set<String> exclude, Set<String> bought) {
        return new Ranker(index, coverage(1)).rank(r, Eligibility.of(exclude.toArray(String[]::new), bought.toArray(String[]::new), index), 100);
    }

    private static List<String> ids(List<RankedItem> ranked) {
        return ranked.stream().map(r -> r.itemId).toList();
    }

    @Test
    void withoutRepeatsTheScoreIsTheShareOfSeedWeightTimesSimilarity() {
        List<RankedItem> ranked = rank(request(0.3), Set.of(), Set.of());
        assertEquals(List.of("X", "Z", "Y"), ids(ranked));
        assertEquals(1.375 / 2.625, ranked.get(0).score, 1e-6);
        assertEquals(0.75 / 2.625, ranked.get(1).score, 1e-6);
        assertEquals(0.5 / 2.625, ranked.get(2).score, 1e-6);
        assertEquals(RankedItem.SIMILAR, ranked.get(0).source);
    }

    @Test
    void reasonNamesTheSeedThatContributedMost() {
        List<RankedItem> ranked = rank(request(0), Set.of(), Set.of());
        assertEquals("often chosen with S1, which you viewed", ranked.get(0).reason);
        assertEquals("often chosen with S2, which you added to cart", ranked.get(1).reason);
    }

    @Test
    void repeatsAndNewItemsMixByTheUsersReturnShare() {
        List<RankedItem> ranked = rank(request(0.5, "R1", 3, "R2", 1), Set.of(), Set.of());
        // R1 = 0.5 x 3/4, X = 0.5 x 1.375/2.625, Z = 0.5 x 0.75/2.625, Y = 0.5 x 0.5/2.625, R2 = 0.5 x 1/4
        assertEquals(List.of("R1", "X", "Z", "R2", "Y"), ids(ranked));
        assertEquals(0.375, ranked.get(0).score, 1e-6);
        assertEquals(0.5 * 1.375 / 2.625, ranked.get(1).score, 1e-6);
        assertEquals(RankedItem.REPEAT, ranked.get(0).source);
        assertEquals("you looked at it before", ranked.get(0).reason);
    }

    @Test
    void theSimilarCoverageWeighsTheSimilarShareAgainstTheRepeatShare() {
        List<RankedItem> ranked = new Ranker(index, coverage(0.25)).rank(request(0.5, "R1", 3, "R2", 1), all(), 100);
        // R1 = 0.375, R2 = 0.125, X = 0.5 x 0.25 x 1.375/2.625 = 0.065
        assertEquals(List.of("R1", "R2", "X", "Z", "Y"), ids(ranked));
        assertEquals(0.5 * 0.25 * 1.375 / 2.625, ranked.get(2).score, 1e-6);
    }

    @Test
    void theCoverageIsLearntFromNewItemsThatOtherSeedsHadAsNeighbours() {
        NewItemCoverage coverage = new NewItemCoverage(0.5, 0, 1_000_000);
        Ranker ranker = new Ranker(index, coverage);
        RankRequest coveredByS2 = request(0);
        coveredByS2.seeds = new String[] {"X", "S2"};
        coveredByS2.newItems = new String[] {"X"};
        ranker.rank(coveredByS2, all(), 10);
        assertEquals(1, coverage.value(), 1e-12, "X is a neighbour of S2");

        RankRequest uncovered = request(0);
        uncovered.seeds = new String[] {"W", "S2"};
        uncovered.newItems = new String[] {"W"};
        ranker.rank(uncovered, all(), 10);
        assertEquals(0.5, coverage.value(), 1e-6, "W is no one's neighbour");

        RankRequest onlyItsOwnSeed = request(0);
        onlyItsOwnSeed.seeds = new String[] {"S1"};
        onlyItsOwnSeed.seedWeights = new double[] {1};
        onlyItsOwnSeed.newItems = new String[] {"S1"};
        ranker.rank(onlyItsOwnSeed, all(), 10);
        RankRequest aReturn = request(0);
        ranker.rank(aReturn, all(), 10);
        assertEquals(0.5, coverage.value(), 1e-6, "a first item and a return tell nothing about coverage");
    }

    private Eligibility all() {
        return Eligibility.of(new String[0], new String[0], index);
    }

    private static NewItemCoverage coverage(double fixed) {
        return new NewItemCoverage(fixed, 0, 0);
    }

    @Test
    void anItemThatIsBothGetsBothPartsAndIsExplainedByTheLarger() {
        RankRequest r = request(0.5, "Y", 1, "R", 3);
        r.repeatPurchases[0] = 2;
        List<RankedItem> ranked = rank(r, Set.of(), Set.of());
        RankedItem y = ranked.stream().filter(i -> i.itemId.equals("Y")).findFirst().orElseThrow();
        assertEquals(0.5 * 0.5 / 2.625 + 0.5 * 1 / 4.0, y.score, 1e-6);
        assertEquals("you bought it 2 times; time to restock?", y.reason);
        assertEquals(RankedItem.REPEAT, y.source);
    }

    @Test
    void withoutSimilarItemsTheRepeatsTakeTheWholeList() {
        RankRequest r = request(0.1, "R1", 3, "R2", 1);
        r.seeds = new String[0];
        r.seedWeights = new double[0];
        r.seedActions = new String[0];
        List<RankedItem> ranked = rank(r, Set.of(), Set.of());
        assertEquals(List.of("R1", "R2"), ids(ranked));
        assertEquals(0.75, ranked.get(0).score, 1e-12);
    }

    @Test
    void onlyTheBestAreKeptAndACallLeavesNothingBehind() {
        Ranker ranker = new Ranker(index, coverage(1));
        Eligibility all = Eligibility.of(new String[0], new String[0], index);
        assertEquals(List.of("X", "Z"), ids(ranker.rank(request(0), all, 2)));
        List<RankedItem> again = ranker.rank(request(0), all, 3);
        assertEquals(List.of("X", "Z", "Y"), ids(again));
        assertEquals(1.375 / 2.625, again.get(0).score, 1e-6, "no sums left from the call before");
    }

    @Test
    void excludedItemsAreDroppedBeforeTheSharesAreTaken() {
        List<RankedItem> ranked = rank(request(0), Set.of("Z"), Set.of());
        assertEquals(List.of("X", "Y"), ids(ranked));
        assertEquals(1.375 / 1.875, ranked.get(0).score, 1e-6);
    }

    @Test
    void outOfStockAndBoughtItemsThatAreNotReplenishableAreDropped() {
        ItemCard z = card("Z");
        z.stock = 0;
        index.apply(z);
        ItemCard y = card("Y");
        y.replenishable = true;
        index.apply(y);
        assertEquals(List.of("Y"), ids(rank(request(0), Set.of(), Set.of("X", "Y"))));
    }
}
