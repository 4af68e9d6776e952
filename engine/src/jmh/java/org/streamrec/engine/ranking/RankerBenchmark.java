package org.streamrec.engine.ranking;

import java.util.List;
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
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.trending.TrendingBoards;

/**
 * The ranking side of one event: a list for a request with the default number of seeds
 * (ranking.seedItems), each with topK neighbours in the local index that overlap between seeds, the
 * default number of repeat candidates, a few exclusions and bought items, and a catalogue.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RankerBenchmark {
    private final EngineConfig config = ConfigLoader.defaults();
    private final ItemIndex index = new ItemIndex();
    private final TrendingBoards boards = new TrendingBoards(10);
    private final Lists lists = new Lists(config.ranking());
    private RankRequest request;

    @Setup
    public void fill() {
        int topK = config.similarity().topK();
        int seeds = config.ranking().seedItems();
        request = new RankRequest();
        request.seeds = new String[seeds];
        request.seedWeights = new double[seeds];
        request.seedActions = new String[seeds];
        for (int s = 0; s < seeds; s++) {
            ItemCard card = new ItemCard();
            card.itemId = "seed" + s;
            card.neighbours = new String[topK];
            card.similarities = new float[topK];
            for (int n = 0; n < topK; n++) {
                card.neighbours[n] = "i" + (s * 17 + n * 3);
                card.similarities[n] = 1f / (n + 1);
            }
            index.apply(card);
            request.seeds[s] = card.itemId;
            request.seedWeights[s] = Math.pow(config.ranking().seedRecencyDecay(), s);
            request.seedActions[s] = "viewed";
        }
        int repeats = config.ranking().repeat().candidates();
        request.repeats = new String[repeats];
        request.repeatAffinities = new double[repeats];
        request.repeatPurchases = new int[repeats];
        for (int i = 0; i < repeats; i++) {
            request.repeats[i] = "i" + (i * 13);
            request.repeatAffinities[i] = 1.0 / (i + 1);
        }
        request.returnShare = 0.3;
        request.exclude = new String[] {"i0", "i5"};
        request.bought = new String[] {"i11", "i22", "i33"};
        for (int i = 0; i < 300; i += 2) {
            ItemCard card = new ItemCard();
            card.itemId = "i" + i;
            card.price = 1.0 + i;
            card.stock = i % 20 == 0 ? 0 : 5;
            index.apply(card);
        }
    }

    @Benchmark
    public List<RankedItem> rank() {
        return lists.forUser(request, index, boards);
    }
}
