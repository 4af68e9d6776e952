package org.streamrec.engine.operators;

import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.streamrec.config.OfferConfig;
import org.streamrec.config.RankingConfig;
import org.streamrec.config.RepeatConfig;
import org.streamrec.engine.experiment.Holdout;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.ranking.BusinessWeights;
import org.streamrec.engine.ranking.ItemIndex;
import org.streamrec.engine.ranking.Lists;
import org.streamrec.engine.ranking.NewItemCoverage;
import org.streamrec.engine.ranking.OfferSelector;
import org.streamrec.engine.trending.TrendingBoards;

/**
 * Not keyed: each instance answers the rank requests of its user operator at once (they arrive over
 * a forward edge) from its local {@link ItemIndex} and {@link TrendingBoards}, built from the item
 * cards broadcast to every instance, and the business rules; a held-out shopper's request
 * ({@link Holdout#VARIANT}) gets what trends, the list for shoppers it does not know. No request
 * waits for another record, so nothing is half-done at a checkpoint: the index and the boards are
 * heap copies that the item side publishes again after a restore; only the few business rules are
 * operator state.
 *
 * <p>Instance 0 also publishes the list for shoppers the engine does not know yet
 * ({@link Recommendation#ANY_USER}) when what is trending overall changed, at most once per
 * {@code ranking.unknownUserListInterval}.
 */
public class RankRecommendations extends AnswersFromSharedUpdates<RankRequest, Recommendation> {
    /** Each instance's learnt coverage counts; a rescale pools them. */
    private static final ListStateDescriptor<double[]> COVERAGE = new ListStateDescriptor<>("new-item-coverage",
            PrimitiveArrayTypeInfo.DOUBLE_PRIMITIVE_ARRAY_TYPE_INFO);
    private static final int HISTOGRAM_WINDOW = 10_000;

    private final RankingConfig config;
    private final OfferConfig offerConfig;
    private transient Lists lists;
    private transient ItemIndex index;
    private transient TrendingBoards boards;
    private transient NewItemCoverage coverage;
    private transient ListState<double[]> coverageState;
    private transient long unknownUserListDue;
    private transient EngineMetrics.LabelledCounter listsEmitted;
    private transient EngineMetrics.LabelledCounter listItems;
    private transient Histogram eventToList;
    private transient Histogram freshness;

    public RankRecommendations(RankingConfig config, OfferConfig offerConfig) {
        this.config = config;
        this.offerConfig = offerConfig;
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        RepeatConfig repeat = config.repeat();
        coverage = new NewItemCoverage(repeat.similarCoverage(), repeat.coveragePriorWeight(), repeat.coverageMemory());
        coverageState = context.getOperatorStateStore().getListState(COVERAGE);
        for (double[] counts : coverageState.get()) coverage.restore(counts);
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        coverageState.update(List.of(coverage.counts()));
    }

    @Override
    public void open() throws Exception {
        super.open();
        index = new ItemIndex();
        lists = new Lists(config, index, coverage);
        boards = new TrendingBoards(config.trending().itemsPerCategory(), config.trending().maxCategories());
        MetricGroup metrics = EngineMetrics.of(getMetricGroup());
        listsEmitted = new EngineMetrics.LabelledCounter(metrics, "variant", "listsEmitted");
        listItems = new EngineMetrics.LabelledCounter(metrics, "source", "listItems");
        eventToList = metrics.histogram("eventToListMillis", new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
        freshness = metrics.histogram("similarityFreshnessMillis", new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
        metrics.gauge("indexItems", (Gauge<Integer>) () -> index.items());
        metrics.gauge("indexBytes", (Gauge<Long>) () -> index.estimatedBytes());
        metrics.gauge("newItemCoverage", (Gauge<Double>) coverage::value);
    }

    @Override
    public void processElement1(StreamRecord<RankRequest> record) throws Exception {
        RankRequest r = record.getValue();
        if (r.forget) {
            output.collect(new StreamRecord<>(Recommendation.tombstone(r.userId, r.triggerEventId, r.eventTime)));
            return;
        }
        List<RankedItem> items = Holdout.VARIANT.equals(r.variant) ? lists.forAnyone(boards) : lists.forUser(r, boards);
        Recommendation rec = recommend(r.userId, r.variant, r.triggerEventId, r.eventTime, items);
        output.collect(new StreamRecord<>(rec));
        listsEmitted.inc(rec.variant);
        for (RankedItem item : rec.items) listItems.inc(item.source);
        eventToList.update(rec.emitTime - rec.eventTime);
        long now = getProcessingTimeService().getCurrentProcessingTime();
        if (now >= unknownUserListDue && getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0 && boards.takeOverallChange()) {
            unknownUserListDue = now + config.unknownUserListInterval().toMillis();
            output.collect(new StreamRecord<>(recommend(Recommendation.ANY_USER, config.variant(), r.triggerEventId, r.eventTime,
                    lists.forAnyone(boards))));
        }
    }

    private Recommendation recommend(String userId, String variant, String triggerEventId, long eventTime, List<RankedItem> items) {
        Recommendation rec = new Recommendation();
        rec.recId = "rec-" + triggerEventId + (userId.equals(Recommendation.ANY_USER) ? "-any" : "");
        rec.userId = userId;
        rec.items = items;
        rec.offer = OfferSelector.choose(items, index, (itemId, category) -> BusinessWeights.of(rules(), itemId, category),
                offerConfig);
        rec.variant = variant;
        rec.triggerEventId = triggerEventId;
        rec.eventTime = eventTime;
        rec.emitTime = getProcessingTimeService().getCurrentProcessingTime();
        return rec;
    }

    @Override
    protected void card(ItemCard card) {
        String previousCategory = index.category(card.itemId);
        if (!index.apply(card)) return;
        boards.update(card.itemId, card.category, previousCategory, card.trend, card.trendEpoch, card.popularity,
                card.popularityEpoch);
        if (card.sourceTime > 0) freshness.update(getProcessingTimeService().getCurrentProcessingTime() - card.sourceTime);
    }
}
