package org.streamrec.engine.operators;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.messages.CandidateRequest;
import org.streamrec.engine.messages.CandidateResponse;
import org.streamrec.engine.messages.NeighbourUpdate;
import org.streamrec.engine.similarity.ItemNeighbourhood;
import org.streamrec.engine.similarity.ItemSummary;
import org.streamrec.engine.similarity.PairStats;
import org.streamrec.engine.similarity.PairTable;

/**
 * Keyed by item. Applies pair and count updates to the item's {@link ItemNeighbourhood}, and
 * answers candidate requests with its current top neighbours.
 */
public class UpdateNeighbours extends KeyedCoProcessFunction<String, NeighbourUpdate, CandidateRequest, CandidateResponse> {
    private final SimilarityConfig config;
    private transient ItemNeighbourhood neighbourhood;
    private transient ValueState<ItemSummary> summaryState;
    /** Write-through: every change is stored at once, so a restored (new, empty) instance reads state. */
    private transient RecentlyUsed<String, ItemSummary> cachedSummaries;
    private transient PairTable pairs;

    public UpdateNeighbours(SimilarityConfig config) {
        this.config = config;
    }

    @Override
    public void open(OpenContext ctx) {
        neighbourhood = new ItemNeighbourhood(config);
        summaryState = getRuntimeContext().getState(new ValueStateDescriptor<>("item-summary", ItemSummarySerializer.INSTANCE));
        cachedSummaries = new RecentlyUsed<>(config.cachedSummaries());
        pairs = new MapStatePairTable(getRuntimeContext().getMapState(
                new MapStateDescriptor<>("pairs", Types.STRING, TypeInformation.of(PairStats.class))));
    }

    @Override
    public void processElement1(NeighbourUpdate u, Context ctx, Collector<CandidateResponse> out) throws Exception {
        ItemSummary summary = summary(ctx.getCurrentKey());
        if (summary == null) {
            summary = new ItemSummary();
            cachedSummaries.put(ctx.getCurrentKey(), summary);
        }
        if (u.otherId == null) {
            summary.count = u.count;
        } else {
            neighbourhood.addPair(summary, pairs, u.otherId, u.pairDelta, u.count);
        }
        summaryState.update(summary);
    }

    @Override
    public void processElement2(CandidateRequest r, Context ctx, Collector<CandidateResponse> out) throws Exception {
        ItemSummary summary = summary(ctx.getCurrentKey());
        CandidateResponse response = new CandidateResponse();
        response.userId = r.userId;
        response.requestId = r.requestId;
        response.seedId = r.seedId;
        response.seedWeight = r.seedWeight;
        response.seedAction = r.seedAction;
        response.neighbours = summary == null ? List.of() : neighbourhood.neighbours(summary, config.topK());
        out.collect(response);
    }

    private ItemSummary summary(String itemId) throws Exception {
        ItemSummary summary = cachedSummaries.get(itemId);
        if (summary == null) {
            summary = summaryState.value();
            if (summary != null) cachedSummaries.put(itemId, summary);
        }
        return summary;
    }
}
