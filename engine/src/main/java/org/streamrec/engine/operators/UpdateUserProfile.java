package org.streamrec.engine.operators;

import java.util.List;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;
import org.streamrec.config.EngineConfig;
import org.streamrec.config.ExperimentConfig;
import org.streamrec.config.ImpressionConfig;
import org.streamrec.config.IntentConfig;
import org.streamrec.config.TriggerConfig.PriceDropConfig;
import org.streamrec.config.ProfileConfig;
import org.streamrec.config.RankingConfig;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.experiment.Holdout;
import org.streamrec.engine.filter.EventItems;
import org.streamrec.engine.profile.ItemHistory;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.profile.ViewTrail;
import org.streamrec.engine.journeys.RepeatedViews;
import org.streamrec.engine.intent.IntentTracker;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.profile.CooccurrenceDelta;
import org.streamrec.engine.profile.RankRequests;
import org.streamrec.engine.profile.UserState;
import org.streamrec.engine.serialization.MessageTypes;
import org.streamrec.engine.similarity.CooccurrenceRouting;
import org.streamrec.engine.similarity.ForwardDecay;

/**
 * Keyed by user; everything about a user in one value ({@link UserState}), so an event reads and
 * writes the user's state once. Besides the profile it runs, at no extra shuffle, the purchase-intent
 * tracker ({@link IntentTracker}: alerts on side output {@link #INTENT_ALERTS}) and the repeated-views
 * rule on each item's recent views ({@link RepeatedViews}: interests on {@link #VIEW_INTERESTS}). Drops an event id seen again within {@code runtime.dedupWindow};
 * learns each interaction into the profile; sends the co-occurrence changes to the item counters
 * (side output, bundled per item before the shuffle) and, on the main output, a self-contained
 * {@link RankRequest} that the ranking answers at once from its local item index (for a shopper in the
 * holdout, {@code experiment.*}, a request for what trends, or none). Every event that is not a
 * duplicate goes on to the rest of the job (side output {@link #USER_EVENTS}).
 *
 * <p>An active user's events come seconds apart, so the most recently active users' states stay on
 * the heap and reach RocksDB when they leave the cache or before each checkpoint
 * ({@link WriteBackOperator}).
 */
public class UpdateUserProfile extends WriteBackOperator<RankRequest> implements OneInputStreamOperator<Event, RankRequest> {
    public static final OutputTag<ItemTouch> ITEM_TOUCHES = new OutputTag<>("item-touches", MessageTypes.ITEM_TOUCH);
    public static final OutputTag<Event> USER_EVENTS = new OutputTag<>("user-events", MessageTypes.EVENT);
    /** A shopper's repeated views of an item ({@link RepeatedViews}), for the item's price-drop watchers. */
    public static final OutputTag<ItemInterest> VIEW_INTERESTS = new OutputTag<>("view-interests") {};
    public static final OutputTag<IntentAlert> INTENT_ALERTS = new OutputTag<>("intent-alerts") {};

    private final ProfileConfig profile;
    private final SimilarityConfig similarity;
    private final RankingConfig ranking;
    private final long dedupWindowMillis;
    private final int dedupMaxIds;
    private final Holdout holdout;
    private final IntentConfig intentConfig;
    private final PriceDropConfig priceDrop;
    private transient ValueState<UserState> state;
    private transient WriteBackCache<String, UserState> cache;
    private transient ForwardDecay decay;
    private transient IntentTracker intent;
    private transient RepeatedViews repeatedViews;
    private transient ForwardDecay trendDecay;
    private transient Counter duplicates;
    private transient long watermark;

    public UpdateUserProfile(EngineConfig config) {
        this.profile = config.profile();
        this.similarity = config.similarity();
        this.ranking = config.ranking();
        this.dedupWindowMillis = config.runtime().dedupWindow().toMillis();
        this.dedupMaxIds = config.runtime().dedupMaxIds();
        this.holdout = new Holdout(config.experiment());
        this.intentConfig = config.intent();
        this.priceDrop = config.triggers().priceDrop();
    }

    @Override
    public void open() throws Exception {
        super.open();
        decay = new ForwardDecay(similarity.halfLife());
        intent = new IntentTracker(intentConfig);
        repeatedViews = new RepeatedViews(priceDrop);
        trendDecay = new ForwardDecay(ranking.trending().halfLife());
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("user", UserState.class));
        cache = writeBackCache("users", profile.cachedUsers(), (userId, user) -> state.update(user));
        MetricGroup metrics = EngineMetrics.of(getMetricGroup());
        duplicates = metrics.counter("duplicatesDropped");
        watermark = Long.MIN_VALUE;
        metrics.gauge("watermarkLagMillis", (Gauge<Long>) () ->
                watermark == Long.MIN_VALUE ? null : getProcessingTimeService().getCurrentProcessingTime() - watermark);
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        watermark = mark.getTimestamp();
        super.processWatermark(mark);
    }

    @Override
    public void processElement(StreamRecord<Event> record) throws Exception {
        Event e = record.getValue();
        UserState user = cached(e.userId);
        if (user.eventIds.isDuplicate(e.eventId, e.eventTime, dedupWindowMillis, dedupMaxIds)) {
            duplicates.inc();
            return;
        }
        cache.changed(e.userId);
        emit(USER_EVENTS, e, record);
        if (e.type == EventType.FORGET_USER) {
            cache.remove(e.userId);
            state.clear();
            emit(RankRequests.forget(e), record);
        } else if (e.type == EventType.IMPRESSION) {
            ImpressionConfig ic = ranking.impressions();
            if (e.items != null) user.impressions.shown(e.items, e.eventTime, ic.limit(), ic.maxItems());
        } else if (e.type.isInteraction()) {
            user.impressions.actedOn(EventItems.of(e));
            List<String> newItems = user.profile.newItems(e);
            List<CooccurrenceDelta> deltas = user.profile.record(e, profile, similarity);
            // A merged copy of an anonymous shopper's action at login: the anonymous profile already
            // counted its co-occurrence, and the customer's next action brings their list.
            if (e.mergedFrom == null) {
                for (ItemTouch touch : CooccurrenceRouting.touches(deltas, decay, trendDecay, e.eventTime,
                        getProcessingTimeService().getCurrentProcessingTime())) emit(ITEM_TOUCHES, touch, record);
                requestRanking(e, newItems, user, record);
            }
            if (e.type == EventType.VIEW) watchViews(e, user, record);
            // An anonymous id gets no alert (nobody to call); its actions count for the customer at login.
            if (!Event.byAnonymousShopper(e)) intent.observe(user.intent, e).ifPresent(alert -> emit(INTENT_ALERTS, alert, record));
        }
    }

    private void watchViews(Event view, UserState user, StreamRecord<Event> record) {
        ItemHistory item = view.itemId == null ? null : user.profile.items.get(view.itemId);
        if (item == null) return;
        if (item.views == null) item.views = new ViewTrail();
        repeatedViews.onView(item.views, view).ifPresent(interest -> emit(VIEW_INTERESTS, interest, record));
    }

    /** The rank request after interaction {@code e}: the engine's, or the holdout's policy ({@code experiment.*}). */
    private void requestRanking(Event e, List<String> newItems, UserState user, StreamRecord<Event> record) {
        if (!holdout.heldOut(e.userId)) emit(RankRequests.after(e, newItems, user, profile, ranking), record);
        else if (holdout.policy() == ExperimentConfig.HoldoutPolicy.TRENDING) emit(RankRequests.heldOut(e), record);
    }

    /** The user's state, from the cache, else from RocksDB, else a new one; cached either way. */
    private UserState cached(String userId) throws Exception {
        UserState user = cache.getOrLoad(userId, state::value);
        if (user == null) {
            user = new UserState(ranking.excludeLastEvents());
            cache.put(userId, user);
        }
        return user;
    }
}
