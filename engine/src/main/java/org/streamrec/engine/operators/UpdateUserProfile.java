package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;
import org.streamrec.config.EngineConfig;
import org.streamrec.config.RankingConfig;
import org.streamrec.engine.filter.EventItems;
import org.streamrec.engine.messages.CandidateRequest;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.RankContext;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.profile.CooccurrenceDelta;
import org.streamrec.engine.profile.Partner;
import org.streamrec.engine.profile.RatingWeighting;
import org.streamrec.engine.profile.Seed;
import org.streamrec.engine.profile.UserProfile;
import org.streamrec.engine.similarity.CooccurrenceDecay;
import org.streamrec.engine.ranking.FeedbackWeighting;

/**
 * Keyed by user. Learns each interaction into the {@link UserProfile}, then sends: co-occurrence
 * changes to the item counters, one candidate request per seed item to the item neighbourhoods,
 * and (main output) the ranking context to the user's ranking.
 *
 * <p>An active user's events come seconds apart, so the most recently active users' profiles stay on
 * the heap and reach RocksDB when they leave the cache or before each checkpoint
 * ({@link WriteBackOperator}).
 */
public class UpdateUserProfile extends WriteBackOperator<RankContext> implements OneInputStreamOperator<Event, RankContext> {
    public static final OutputTag<ItemTouch> ITEM_TOUCHES = new OutputTag<>("item-touches") {};
    public static final OutputTag<CandidateRequest> CANDIDATE_REQUESTS = new OutputTag<>("candidate-requests") {};

    private final EngineConfig config;
    private transient ValueState<UserProfile> profileState;
    private transient WriteBackCache<String, UserProfile> cache;
    private transient CooccurrenceDecay decay;
    private transient RatingWeighting byRating;

    public UpdateUserProfile(EngineConfig config) {
        this.config = config;
    }

    @Override
    public void open() throws Exception {
        super.open();
        decay = new CooccurrenceDecay(config.similarity().halfLife());
        RankingConfig ranking = config.ranking();
        byRating = (affinity, rating) -> FeedbackWeighting.seedWeight(affinity, rating, ranking.lowRating(), ranking.ratingBoost());
        profileState = getRuntimeContext().getState(new ValueStateDescriptor<>("profile", UserProfile.class));
        cache = writeBackCache(config.profile().cachedUsers(), (userId, profile) -> profileState.update(profile));
    }

    @Override
    public void processElement(StreamRecord<Event> record) throws Exception {
        Event e = record.getValue();
        if (e.type == EventType.FORGET_USER) {
            cache.remove(e.userId);
            profileState.clear();
            return;
        }
        if (!e.type.isInteraction()) return;
        UserProfile profile = cached(e.userId);

        double weight = decay.weightAt(e.eventTime);
        for (CooccurrenceDelta d : profile.record(e, config.profile(), config.similarity().pairsPerEvent())) {
            List<Partner> partners = new ArrayList<>(d.partners().size());
            for (Partner p : d.partners()) {
                partners.add(new Partner(p.itemId, p.pairDelta * weight));
                emit(ITEM_TOUCHES, new ItemTouch(p.itemId, 0, List.of(new Partner(d.itemId(), p.pairDelta * weight))), record);
            }
            emit(ITEM_TOUCHES, new ItemTouch(d.itemId(), d.countDelta() * weight, partners), record);
        }

        long requestId = ++profile.requests;
        List<Seed> seeds = profile.seeds(config.ranking().seedItems(), config.ranking().sessionBoost(), e.eventTime,
                config.profile(), byRating);
        for (Seed s : seeds) {
            emit(CANDIDATE_REQUESTS, new CandidateRequest(s.itemId(), e.userId, requestId, s.weight(), s.action()), record);
        }
        cache.changed(e.userId);

        RankContext context = new RankContext();
        context.userId = e.userId;
        context.requestId = requestId;
        context.expectedResponses = seeds.size();
        context.triggerEventId = e.eventId;
        context.eventTime = e.eventTime;
        context.exclude = new ArrayList<>(config.ranking().excludeRecent() ? profile.recent : List.of());
        profile.items.forEach((itemId, h) -> {
            if (FeedbackWeighting.ratedLow(h.explicitRating, config.ranking().lowRating())) context.exclude.add(itemId);
        });
        context.bought = profile.boughtItems(e.eventTime, config.profile());
        context.actedOn = EventItems.of(e);
        emit(context, record);
    }

    /** The user's profile, from the cache, else from RocksDB, else a new one; cached either way. */
    private UserProfile cached(String userId) throws Exception {
        UserProfile profile = cache.get(userId);
        if (profile == null) {
            profile = profileState.value();
            if (profile == null) profile = new UserProfile();
            cache.put(userId, profile);
        }
        return profile;
    }
}
