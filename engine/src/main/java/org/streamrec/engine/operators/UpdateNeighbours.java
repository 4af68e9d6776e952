package org.streamrec.engine.operators;

import java.util.List;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.messages.CandidateRequest;
import org.streamrec.engine.messages.CandidateResponse;
import org.streamrec.engine.messages.NeighbourUpdate;
import org.streamrec.engine.similarity.CachedPairTable;
import org.streamrec.engine.similarity.ItemNeighbourhood;
import org.streamrec.engine.similarity.ItemSummary;
import org.streamrec.engine.similarity.PairStats;

/**
 * Keyed by item. Applies pair and count updates to the item's {@link ItemNeighbourhood}, and
 * answers candidate requests with its current top neighbours.
 *
 * <p>A popular item gets a pair update from almost every event, so the most recently used items'
 * summaries and pair counters stay on the heap and reach RocksDB when they leave the cache or
 * before each checkpoint ({@link WriteBackOperator}).
 */
public class UpdateNeighbours extends WriteBackOperator<CandidateResponse>
        implements TwoInputStreamOperator<NeighbourUpdate, CandidateRequest, CandidateResponse> {
    private final SimilarityConfig config;
    private transient ItemNeighbourhood neighbourhood;
    private transient ValueState<ItemSummary> summaryState;
    private transient MapStatePairTable storedPairs;
    private transient WriteBackCache<String, CachedItem> cache;

    /** One item's state on the heap. */
    private record CachedItem(ItemSummary summary, CachedPairTable pairs) {}

    public UpdateNeighbours(SimilarityConfig config) {
        this.config = config;
    }

    @Override
    public void open() throws Exception {
        super.open();
        neighbourhood = new ItemNeighbourhood(config);
        summaryState = getRuntimeContext().getState(new ValueStateDescriptor<>("item-summary", ItemSummarySerializer.INSTANCE));
        storedPairs = new MapStatePairTable(getRuntimeContext().getMapState(
                new MapStateDescriptor<>("pairs", Types.STRING, TypeInformation.of(PairStats.class))));
        cache = writeBackCache(config.cachedItems(), (itemId, item) -> {
            summaryState.update(item.summary);
            item.pairs.writeBack();
        });
    }

    @Override
    public void processElement1(StreamRecord<NeighbourUpdate> record) throws Exception {
        NeighbourUpdate u = record.getValue();
        String itemId = (String) getCurrentKey();
        CachedItem item = cached(itemId);
        if (item == null) {
            item = new CachedItem(new ItemSummary(), new CachedPairTable(storedPairs, true));
            cache.put(itemId, item);
        }
        if (u.otherId == null) {
            item.summary.count = u.count;
        } else {
            neighbourhood.addPair(item.summary, item.pairs, u.otherId, u.pairDelta, u.count);
        }
        cache.changed(itemId);
    }

    @Override
    public void processElement2(StreamRecord<CandidateRequest> record) throws Exception {
        CandidateRequest r = record.getValue();
        CachedItem item = cached((String) getCurrentKey());
        CandidateResponse response = new CandidateResponse();
        response.userId = r.userId;
        response.requestId = r.requestId;
        response.seedId = r.seedId;
        response.seedWeight = r.seedWeight;
        response.seedAction = r.seedAction;
        response.neighbours = item == null ? List.of() : neighbourhood.neighbours(item.summary, config.topK());
        emit(response, record);
    }

    /** The item's cached state, read from RocksDB if it is not cached; null for an item never updated. */
    private CachedItem cached(String itemId) throws Exception {
        CachedItem item = cache.get(itemId);
        if (item == null) {
            ItemSummary summary = summaryState.value();
            if (summary == null) return null;
            item = new CachedItem(summary, new CachedPairTable(storedPairs, false));
            cache.put(itemId, item);
        }
        return item;
    }
}
