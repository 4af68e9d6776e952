package org.streamrec.engine.operators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.streamrec.config.ImpressionConfig;
import org.streamrec.config.OfferConfig;
import org.streamrec.config.RankingConfig;
import org.streamrec.engine.messages.CandidateResponse;
import org.streamrec.engine.messages.RankContext;
import org.streamrec.engine.messages.RankInput;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.messages.TrendingList;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.ranking.BusinessWeights;
import org.streamrec.engine.ranking.CandidateSet;
import org.streamrec.engine.ranking.CatalogueItem;
import org.streamrec.engine.ranking.Diversifier;
import org.streamrec.engine.ranking.Eligibility;
import org.streamrec.engine.ranking.ImpressionLog;
import org.streamrec.engine.ranking.OfferSelector;
import org.streamrec.engine.ranking.PendingRequests;
import org.streamrec.engine.ranking.Ranker;
import org.streamrec.engine.ranking.TrendingFill;
import org.streamrec.engine.ranking.TrendingItem;

/**
 * Keyed by user. Gathers a request's context and its seeds' answers (they travel different paths
 * and arrive in any order), then ranks, fills short lists with trending items, diversifies, picks
 * the offer and emits the recommendation. A newer request replaces an unfinished older one. Keeps
 * the user's unanswered impressions. The catalogue, the trending lists and the business rules arrive
 * as broadcast state.
 */
public class RankRecommendations extends KeyedBroadcastProcessFunction<String, RankInput, SharedUpdate, Recommendation> {
    public static final MapStateDescriptor<String, CatalogueItem> CATALOGUE =
            new MapStateDescriptor<>("catalogue", Types.STRING, TypeInformation.of(CatalogueItem.class));
    public static final MapStateDescriptor<String, TrendingList> TRENDING =
            new MapStateDescriptor<>("trending", Types.STRING, TypeInformation.of(TrendingList.class));
    public static final MapStateDescriptor<String, BusinessRule> RULES =
            new MapStateDescriptor<>("business-rules", Types.STRING, TypeInformation.of(BusinessRule.class));

    /** Far longer than a request takes to gather, even under backpressure. */
    private static final Duration STALE_REQUEST = Duration.ofMinutes(5);

    private final RankingConfig config;
    private final OfferConfig offerConfig;
    /**
     * On the heap, not in keyed state: with aligned checkpoints (the engine's setting), every
     * request started before a barrier completes before the snapshot, since its context and answers
     * all precede the barrier; so a snapshot never holds a half-gathered request, and on restore the
     * replayed events start theirs afresh.
     */
    private transient PendingRequests pending;
    private transient ValueState<ImpressionLog> impressionState;
    private transient Counter recommendations;

    public RankRecommendations(RankingConfig config, OfferConfig offerConfig) {
        this.config = config;
        this.offerConfig = offerConfig;
    }

    @Override
    public void open(OpenContext ctx) {
        pending = new PendingRequests(STALE_REQUEST.toMillis());
        impressionState = getRuntimeContext().getState(new ValueStateDescriptor<>("impressions", ImpressionLog.class));
        recommendations = getRuntimeContext().getMetricGroup().counter("recommendations");
    }

    @Override
    public void processElement(RankInput in, ReadOnlyContext ctx, Collector<Recommendation> out) throws Exception {
        if (in.impression != null) {
            ImpressionConfig ic = config.impressions();
            ImpressionLog log = Objects.requireNonNullElseGet(impressionState.value(), ImpressionLog::new);
            log.shown(in.impression.items, in.impression.eventTime, ic.limit(), ic.maxItems());
            impressionState.update(log);
            return;
        }
        long now = System.currentTimeMillis();
        PendingRequests.Complete request = in.context != null
                ? pending.context(in.context, now) : pending.response(in.response, now);
        if (request == null) return;
        List<BusinessRule> rules = new ArrayList<>();
        for (Map.Entry<String, BusinessRule> rule : ctx.getBroadcastState(RULES).immutableEntries()) rules.add(rule.getValue());
        OfferSelector.BusinessWeight businessWeight = (itemId, category) -> BusinessWeights.of(rules, itemId, category);
        Recommendation rec = rank(request, lookup(ctx.getBroadcastState(CATALOGUE)),
                lookup(ctx.getBroadcastState(TRENDING)), suppressedImpressions(request.context()), businessWeight);
        if (rec != null) {
            recommendations.inc();
            out.collect(rec);
        }
    }

    /** Forgets impressions of what the user just acted on, and returns the items to hold back. */
    private Set<String> suppressedImpressions(RankContext c) throws Exception {
        ImpressionLog log = impressionState.value();
        if (log == null) return Set.of();
        log.actedOn(c.actedOn);
        if (log.isEmpty()) impressionState.clear();
        else impressionState.update(log);
        ImpressionConfig ic = config.impressions();
        return log.suppressed(c.eventTime, ic.limit(), ic.window().toMillis());
    }

    private Recommendation rank(PendingRequests.Complete request, Function<String, CatalogueItem> catalogue,
                                Function<String, TrendingList> trending, Set<String> suppressed,
                                OfferSelector.BusinessWeight businessWeight) {
        RankContext c = request.context();
        List<CandidateResponse> responses = request.responses();
        List<CandidateSet> sets = new ArrayList<>(responses.size());
        for (CandidateResponse r : responses) {
            sets.add(new CandidateSet(r.seedId, r.seedWeight, r.seedAction, r.neighbours));
        }
        Set<String> exclude = new HashSet<>(c.exclude);
        exclude.addAll(suppressed);
        Set<String> bought = new HashSet<>();
        c.bought.forEach(b -> bought.add(b.itemId));
        Eligibility eligibility = new Eligibility(exclude, bought, catalogue);
        Function<String, String> categoryOf = itemId -> {
            CatalogueItem item = catalogue.apply(itemId);
            return item == null ? null : item.category;
        };
        Function<String, List<TrendingItem>> topOf = board -> {
            TrendingList list = trending.apply(board);
            return list == null ? null : list.items;
        };
        List<RankedItem> pool = TrendingFill.append(Ranker.rank(sets, c.bought, config.rebuyWeight(), eligibility),
                TrendingFill.seedCategories(sets, categoryOf), topOf, eligibility);
        List<RankedItem> ranked = Diversifier.select(pool, categoryOf, config.maxPerCategory(),
                RankingConfig.DIVERSITY_DEPTH, config.listSize());
        if (ranked.isEmpty()) return null;
        Recommendation rec = new Recommendation();
        rec.recId = "rec-" + c.triggerEventId;
        rec.userId = c.userId;
        rec.items = ranked;
        rec.offer = OfferSelector.choose(ranked, catalogue, businessWeight, offerConfig);
        rec.variant = config.variant();
        rec.triggerEventId = c.triggerEventId;
        rec.eventTime = c.eventTime;
        rec.emitTime = System.currentTimeMillis();
        return rec;
    }

    @Override
    public void processBroadcastElement(SharedUpdate update, Context ctx, Collector<Recommendation> out) throws Exception {
        if (update.catalogue != null) {
            Event e = update.catalogue;
            BroadcastState<String, CatalogueItem> catalogue = ctx.getBroadcastState(CATALOGUE);
            CatalogueItem current = catalogue.get(e.itemId);
            catalogue.put(e.itemId, (current == null ? new CatalogueItem() : current).updatedBy(e));
        }
        if (update.rule != null) {
            BroadcastState<String, BusinessRule> rules = ctx.getBroadcastState(RULES);
            if (update.rule.active) rules.put(update.rule.ruleId, update.rule);
            else rules.remove(update.rule.ruleId);
        }
        if (update.trait != null) {
            BroadcastState<String, CatalogueItem> catalogue = ctx.getBroadcastState(CATALOGUE);
            CatalogueItem current = catalogue.get(update.trait.itemId);
            catalogue.put(update.trait.itemId, (current == null ? new CatalogueItem() : current).learned(update.trait.replenishable));
        }
        if (update.trending != null) {
            BroadcastState<String, TrendingList> boards = ctx.getBroadcastState(TRENDING);
            if (!boards.contains(update.trending.board)) dropWeakestBoardIfFull(boards);
            boards.put(update.trending.board, update.trending);
        }
    }

    /** Keeps at most maxCategories category boards (plus the overall one): drops the one whose best item is least popular. */
    private void dropWeakestBoardIfFull(BroadcastState<String, TrendingList> boards) throws Exception {
        int categories = 0;
        String weakest = null;
        long weakestCount = Long.MAX_VALUE;
        for (Map.Entry<String, TrendingList> en : boards.entries()) {
            if (en.getKey().equals(TrendingFill.OVERALL)) continue;
            categories++;
            List<TrendingItem> items = en.getValue().items;
            long best = items.isEmpty() ? 0 : items.get(0).count;
            if (best < weakestCount) {
                weakestCount = best;
                weakest = en.getKey();
            }
        }
        if (categories >= config.trending().maxCategories() && weakest != null) boards.remove(weakest);
    }

    private static <V> Function<String, V> lookup(ReadOnlyBroadcastState<String, V> state) {
        return key -> {
            try {
                return state.get(key);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
