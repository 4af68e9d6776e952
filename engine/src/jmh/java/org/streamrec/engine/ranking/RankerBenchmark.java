package org.streamrec.engine.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.profile.BoughtItem;
import org.streamrec.engine.similarity.Neighbour;

/**
 * Ranking: the default number of seeds (ranking.seedItems), each answered with topK neighbours
 * that overlap between seeds, a recent-items exclusion and some bought items, and a catalogue.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RankerBenchmark {
    private final EngineConfig config = ConfigLoader.defaults();
    private final List<CandidateSet> sets = new ArrayList<>();
    private final Set<String> exclude = new HashSet<>();
    private final Set<String> bought = new HashSet<>();
    private final List<BoughtItem> boughtItems = new ArrayList<>();
    private final Map<String, CatalogueItem> catalogue = new HashMap<>();

    @Setup
    public void fill() {
        int topK = config.similarity().topK();
        for (int s = 0; s < config.ranking().seedItems(); s++) {
            List<Neighbour> neighbours = new ArrayList<>(topK);
            for (int n = 0; n < topK; n++) neighbours.add(new Neighbour("i" + (s * 17 + n * 3), 1.0 / (n + 1)));
            sets.add(new CandidateSet("seed" + s, 5.0 - s, "viewed", neighbours));
        }
        for (int i = 0; i < config.profile().recentItems(); i++) exclude.add("i" + (i * 5));
        for (int i = 0; i < 10; i++) {
            bought.add("i" + (i * 11));
            boughtItems.add(new BoughtItem("i" + (i * 11), 1, 1.0));
        }
        for (int i = 0; i < 300; i += 2) {
            CatalogueItem item = new CatalogueItem();
            item.price = 1.0 + i;
            item.stock = i % 20 == 0 ? 0 : 5;
            catalogue.put("i" + i, item);
        }
    }

    @Benchmark
    public List<RankedItem> rank() {
        return Ranker.rank(sets, boughtItems, config.ranking().rebuyWeight(), new Eligibility(exclude, bought, catalogue::get));
    }
}
