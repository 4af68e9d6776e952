package org.streamrec.engine.operators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.ItemFact;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.ranking.CatalogueItem;
import org.streamrec.engine.similarity.CachedPairTable;
import org.streamrec.engine.similarity.ItemNeighbourhood;
import org.streamrec.engine.similarity.ItemSummary;
import org.streamrec.engine.similarity.Neighbour;
import org.streamrec.engine.similarity.PairStats;

/**
 * Keyed by item. Applies bundled co-occurrence updates to the item's {@link ItemNeighbourhood} and
 * catalogue news to its catalogue facts, and every {@link SimilarityConfig#publishInterval()}
 * publishes a card (neighbours and facts) of each item that changed, for every ranking instance's
 * local index. After a restore it publishes every item's card, since the rankings' indexes are not
 * state and start empty.
 *
 * <p>A popular item gets an update in almost every bundle, so the most recently used items' summaries
 * and pair counters stay on the heap and reach RocksDB when they leave the cache or before each
 * checkpoint ({@link WriteBackOperator}).
 */
public class UpdateNeighbours extends WriteBackOperator<ItemCard>
        implements TwoInputStreamOperator<PairUpdate, ItemFact, ItemCard>, ProcessingTimeCallback {
    private static final String SUMMARY = "item-summary";
    private static final String CATALOGUE = "item-catalogue";

    private final SimilarityConfig config;
    private transient ItemNeighbourhood neighbourhood;
    private transient ValueState<ItemSummary> summaryState;
    private transient MapStatePairTable storedPairs;
    private transient ValueState<CatalogueItem> catalogueState;
    private transient WriteBackCache<String, CachedItem> cache;
    /** Items to publish, each with the creation time of the oldest event not yet published (0: none). */
    private transient Map<String, Long> changed;
    private transient boolean restored;

    /** One item's state on the heap. */
    private record CachedItem(ItemSummary summary, CachedPairTable pairs) {}

    public UpdateNeighbours(SimilarityConfig config) {
        this.config = config;
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        restored = context.isRestored();
    }

    @Override
    public void open() throws Exception {
        super.open();
        neighbourhood = new ItemNeighbourhood(config);
        summaryState = getRuntimeContext().getState(new ValueStateDescriptor<>(SUMMARY, ItemSummarySerializer.INSTANCE));
        storedPairs = new MapStatePairTable(getRuntimeContext().getMapState(
                new MapStateDescriptor<>("pairs", Types.STRING, TypeInformation.of(PairStats.class))));
        catalogueState = getRuntimeContext().getState(new ValueStateDescriptor<>(CATALOGUE, CatalogueItem.class));
        cache = writeBackCache("items", config.cachedItems(), (itemId, item) -> {
            summaryState.update(item.summary);
            item.pairs.writeBack();
        });
        changed = new LinkedHashMap<>();
        if (restored) KeysToRepublish.of(getKeyedStateBackend(), SUMMARY, CATALOGUE).forEach(itemId -> changed.put(itemId, 0L));
        schedulePublication();
    }

    @Override
    public void processElement1(StreamRecord<PairUpdate> record) throws Exception {
        PairUpdate u = record.getValue();
        CachedItem item = cached(u.itemId);
        if (item == null) {
            item = new CachedItem(new ItemSummary(), new CachedPairTable(storedPairs, true));
            cache.put(u.itemId, item);
        }
        neighbourhood.apply(item.summary, item.pairs, u);
        cache.changed(u.itemId);
        changed.merge(u.itemId, u.sourceTime, (a, b) -> a == 0 ? b : b == 0 ? a : Math.min(a, b));
    }

    @Override
    public void processElement2(StreamRecord<ItemFact> record) throws Exception {
        ItemFact fact = record.getValue();
        CatalogueItem current = catalogueState.value();
        if (current == null) current = new CatalogueItem();
        catalogueState.update(fact.catalogue != null ? current.updatedBy(fact.catalogue) : current.learned(fact.trait.replenishable));
        changed.putIfAbsent(fact.itemId(), 0L);
    }

    @Override
    public void onProcessingTime(long time) throws Exception {
        for (Map.Entry<String, Long> item : changed.entrySet()) {
            setCurrentKey(item.getKey());
            output.collect(new StreamRecord<>(card(item.getKey(), item.getValue())));
        }
        changed.clear();
        schedulePublication();
    }

    private ItemCard card(String itemId, long sourceTime) throws Exception {
        ItemCard card = new ItemCard();
        card.itemId = itemId;
        card.sourceTime = sourceTime;
        CachedItem item = cached(itemId);
        if (item != null) {
            card.version = ++item.summary.version;
            card.trend = item.summary.trend;
            card.trendEpoch = item.summary.trendEpoch;
            card.popularity = item.summary.count;
            card.popularityEpoch = item.summary.epoch;
            cache.changed(itemId);
            List<Neighbour> neighbours = neighbourhood.neighbours(item.summary, config.topK());
            card.neighbours = new String[neighbours.size()];
            card.similarities = new float[neighbours.size()];
            for (int i = 0; i < neighbours.size(); i++) {
                card.neighbours[i] = neighbours.get(i).itemId;
                card.similarities[i] = (float) neighbours.get(i).similarity;
            }
        }
        CatalogueItem catalogue = catalogueState.value();
        if (catalogue != null) {
            card.category = catalogue.category;
            card.price = catalogue.price;
            card.stock = catalogue.stock;
            card.replenishable = catalogue.replenishable;
            card.learnedReplenishable = catalogue.learnedReplenishable;
        }
        return card;
    }

    private void schedulePublication() {
        var timers = getProcessingTimeService();
        timers.registerTimer(timers.getCurrentProcessingTime() + config.publishInterval().toMillis(), this);
    }

    /** The item's cached state, read from RocksDB if it is not cached; null for an item never updated. */
    private CachedItem cached(String itemId) throws Exception {
        return cache.getOrLoad(itemId, () -> {
            ItemSummary summary = summaryState.value();
            return summary == null ? null : new CachedItem(summary, new CachedPairTable(storedPairs, false));
        });
    }
}
