package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.config.RankingConfig;
import org.streamrec.engine.messages.CandidateResponse;
import org.streamrec.engine.messages.CatalogueFact;
import org.streamrec.engine.messages.RankContext;
import org.streamrec.engine.messages.RankInput;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.ranking.CandidateSet;
import org.streamrec.engine.ranking.CatalogueItem;
import org.streamrec.engine.ranking.OfferSelector;
import org.streamrec.engine.ranking.Ranker;

/**
 * Keyed by user. Gathers a request's context and its seeds' answers (they travel different paths
 * and arrive in any order), then ranks, picks the offer and emits the recommendation. A newer
 * request replaces an unfinished older one. The catalogue arrives as broadcast state.
 */
public class RankRecommendations extends KeyedBroadcastProcessFunction<String, RankInput, CatalogueFact, Recommendation> {
    public static final MapStateDescriptor<String, CatalogueItem> CATALOGUE =
            new MapStateDescriptor<>("catalogue", Types.STRING, TypeInformation.of(CatalogueItem.class));

    private final RankingConfig config;
    private transient ValueState<PendingRank> pendingState;
    private transient Counter recommendations;

    public RankRecommendations(RankingConfig config) {
        this.config = config;
    }

    @Override
    public void open(OpenContext ctx) {
        pendingState = getRuntimeContext().getState(new ValueStateDescriptor<>("pending-rank", PendingRank.class));
        recommendations = getRuntimeContext().getMetricGroup().counter("recommendations");
    }

    @Override
    public void processElement(RankInput in, ReadOnlyContext ctx, Collector<Recommendation> out) throws Exception {
        PendingRank pending = pendingState.value();
        if (pending != null && in.requestId() < pending.requestId) return;
        if (pending == null || in.requestId() > pending.requestId) {
            pending = new PendingRank();
            pending.requestId = in.requestId();
        }
        if (in.context != null) pending.context = in.context;
        else pending.responses.add(in.response);

        if (!pending.complete()) {
            pendingState.update(pending);
            return;
        }
        pendingState.clear();
        ReadOnlyBroadcastState<String, CatalogueItem> catalogue = ctx.getBroadcastState(CATALOGUE);
        Recommendation rec = rank(pending, itemId -> {
            try {
                return catalogue.get(itemId);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (rec != null) {
            recommendations.inc();
            out.collect(rec);
        }
    }

    private Recommendation rank(PendingRank pending, Function<String, CatalogueItem> catalogue) {
        List<CandidateSet> sets = new ArrayList<>(pending.responses.size());
        Set<String> exclude = new HashSet<>(pending.context.exclude);
        for (CandidateResponse r : pending.responses) {
            sets.add(new CandidateSet(r.seedId, r.seedWeight, r.seedAction, r.neighbours));
        }
        List<RankedItem> ranked = Ranker.rank(sets, exclude, pending.context.bought, config.rebuyWeight(), catalogue,
                config.listSize());
        if (ranked.isEmpty()) return null;
        RankContext c = pending.context;
        Recommendation rec = new Recommendation();
        rec.recId = "rec-" + c.triggerEventId;
        rec.userId = c.userId;
        rec.items = ranked;
        rec.offer = OfferSelector.choose(ranked, catalogue);
        rec.variant = config.variant();
        rec.triggerEventId = c.triggerEventId;
        rec.eventTime = c.eventTime;
        rec.emitTime = System.currentTimeMillis();
        return rec;
    }

    @Override
    public void processBroadcastElement(CatalogueFact fact, Context ctx, Collector<Recommendation> out) throws Exception {
        BroadcastState<String, CatalogueItem> catalogue = ctx.getBroadcastState(CATALOGUE);
        String itemId = fact.update != null ? fact.update.itemId : fact.trait.itemId;
        CatalogueItem current = catalogue.get(itemId);
        if (current == null) current = new CatalogueItem();
        catalogue.put(itemId, fact.update != null ? current.updatedBy(fact.update) : current.learned(fact.trait.replenishable));
    }
}
