package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.profile.BoughtItem;
import org.streamrec.engine.similarity.Neighbour;

/**
 * Seed S1 (weight 2, viewed) has neighbours X 0.5, Y 0.4; seed S2 (weight 3, added to cart) has
 * X 0.1, Z 0.3. So X = 2 x 0.5 + 3 x 0.1 = 1.3, Z = 3 x 0.3 = 0.9, Y = 2 x 0.4 = 0.8.
 */
class RankerTest {
    private static final List<CandidateSet> SETS = List.of(
            new CandidateSet("S1", 2, "viewed", List.of(new Neighbour("X", 0.5), new Neighbour("Y", 0.4))),
            new CandidateSet("S2", 3, "added to cart", List.of(new Neighbour("X", 0.1), new Neighbour("Z", 0.3))));

    private final Map<String, CatalogueItem> catalogue = new HashMap<>();

    private List<RankedItem> rank(Set<String> exclude, Set<String> bought) {
        // rebuy weight 0: these cases are about similarity candidates and filters only
        return Ranker.rank(SETS, bought.stream().map(id -> new BoughtItem(id, 1, 5.0)).toList(), 0,
                new Eligibility(exclude, bought, catalogue::get));
    }

    private static List<String> ids(List<RankedItem> ranked) {
        return ranked.stream().map(r -> r.itemId).toList();
    }

    private void stock(String itemId, Integer stock, Boolean replenishable) {
        CatalogueItem item = new CatalogueItem();
        item.stock = stock;
        item.replenishable = replenishable;
        catalogue.put(itemId, item);
    }

    @Test
    void scoreIsTheSumOfSeedWeightTimesSimilarity() {
        List<RankedItem> ranked = rank(Set.of(), Set.of());
        assertEquals(List.of("X", "Z", "Y"), ids(ranked));
        assertEquals(1.3, ranked.get(0).score, 1e-12);
        assertEquals(0.9, ranked.get(1).score, 1e-12);
        assertEquals(0.8, ranked.get(2).score, 1e-12);
    }

    @Test
    void reasonNamesTheSeedThatContributedMost() {
        List<RankedItem> ranked = rank(Set.of(), Set.of());
        assertEquals("often chosen with S1, which you viewed", ranked.get(0).reason);
        assertEquals("often chosen with S2, which you added to cart", ranked.get(1).reason);
    }

    @Test
    void excludedItemsAreDropped() {
        assertEquals(List.of("X", "Y"), ids(rank(Set.of("Z"), Set.of())));
    }

    @Test
    void boughtItemsAreDroppedUnlessTheCatalogueSaysReplenishable() {
        assertEquals(List.of("Z", "Y"), ids(rank(Set.of(), Set.of("X"))), "unknown to the catalogue");
        stock("X", 10, false);
        assertEquals(List.of("Z", "Y"), ids(rank(Set.of(), Set.of("X"))));
        stock("X", 10, null);
        assertEquals(List.of("Z", "Y"), ids(rank(Set.of(), Set.of("X"))));
        stock("X", 10, true);
        assertEquals(List.of("X", "Z", "Y"), ids(rank(Set.of(), Set.of("X"))));
    }

    @Test
    void outOfStockItemsAreDroppedEvenIfReplenishable() {
        stock("X", 0, true);
        stock("Z", null, null);
        stock("Y", -2, null);
        assertEquals(List.of("Z"), ids(rank(Set.of(), Set.of("X"))));
    }

    @Test
    void equalScoresAreOrderedByItemId() {
        List<CandidateSet> sets = List.of(new CandidateSet("S", 1, "viewed",
                List.of(new Neighbour("B", 0.5), new Neighbour("C", 0.5), new Neighbour("A", 0.5))));
        assertEquals(List.of("A", "B", "C"), ids(Ranker.rank(sets, List.of(), 0, new Eligibility(Set.of(), Set.of(), catalogue::get))));
    }

    @Test
    void noCandidatesNoList() {
        assertEquals(List.of(), Ranker.rank(List.of(), List.of(), 0, new Eligibility(Set.of(), Set.of(), catalogue::get)));
    }

    @Test
    void replenishableBoughtItemsComeBackScoredByAffinityTimesRebuyWeight() {
        CatalogueItem learned = new CatalogueItem().learned(true);
        catalogue.put("R", learned);
        List<BoughtItem> bought = List.of(new BoughtItem("R", 3, 2.0), new BoughtItem("N", 1, 9.0));
        Eligibility eligibility = new Eligibility(Set.of(), Set.of("R", "N"), catalogue::get);
        List<RankedItem> ranked = Ranker.rank(List.of(), bought, 1.5, eligibility);
        assertEquals(List.of("R"), ids(ranked), "N is not known to be replenishable");
        assertEquals(3.0, ranked.get(0).score, 1e-12);
        assertEquals("you bought it 3 times; time to restock?", ranked.get(0).reason);

        catalogue.put("R", learned.updatedBy(catalogueFlag(false)));
        assertEquals(List.of(), Ranker.rank(List.of(), bought, 1.5, eligibility),
                "the catalogue's flag overrides what was learned");
    }

    private static org.streamrec.engine.model.Event catalogueFlag(boolean replenishable) {
        org.streamrec.engine.model.Event e = new org.streamrec.engine.model.Event();
        e.replenishable = replenishable;
        return e;
    }
}
