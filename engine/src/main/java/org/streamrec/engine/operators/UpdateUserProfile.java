package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
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
 */
public class UpdateUserProfile extends KeyedProcessFunction<String, Event, RankContext> {
    public static final OutputTag<ItemTouch> ITEM_TOUCHES = new OutputTag<>("item-touches") {};
    public static final OutputTag<CandidateRequest> CANDIDATE_REQUESTS = new OutputTag<>("candidate-requests") {};

    private final EngineConfig config;
    private transient ValueState<UserProfile> profileState;
    private transient CooccurrenceDecay decay;
    private transient RatingWeighting byRating;

    public UpdateUserProfile(EngineConfig config) {
        this.config = config;
    }

    @Override
    public void open(OpenContext ctx) {
        decay = new CooccurrenceDecay(config.similarity().halfLife());
        RankingConfig ranking = config.ranking();
        byRating = (affinity, rating) -> FeedbackWeighting.seedWeight(affinity, rating, ranking.lowRating(), ranking.ratingBoost());
        profileState = getRuntimeContext().getState(new ValueStateDescriptor<>("profile", UserProfile.class));
    }

    @Override
    public void processElement(Event e, Context ctx, Collector<RankContext> out) throws Exception {
        if (e.type == EventType.FORGET_USER) {
            profileState.clear();
            return;
        }
        if (!e.type.isInteraction()) return;
        UserProfile profile = profileState.value();
        if (profile == null) profile = new UserProfile();

        double weight = decay.weightAt(e.eventTime);
        for (CooccurrenceDelta d : profile.record(e, config.profile(), config.similarity().pairsPerEvent())) {
            List<Partner> partners = new ArrayList<>(d.partners().size());
            for (Partner p : d.partners()) {
                partners.add(new Partner(p.itemId, p.pairDelta * weight));
                ctx.output(ITEM_TOUCHES, new ItemTouch(p.itemId, 0, List.of(new Partner(d.itemId(), p.pairDelta * weight))));
            }
            ctx.output(ITEM_TOUCHES, new ItemTouch(d.itemId(), d.countDelta() * weight, partners));
        }

        long requestId = ++profile.requests;
        List<Seed> seeds = profile.seeds(config.ranking().seedItems(), config.ranking().sessionBoost(), e.eventTime,
                config.profile(), byRating);
        for (Seed s : seeds) {
            ctx.output(CANDIDATE_REQUESTS, new CandidateRequest(s.itemId(), e.userId, requestId, s.weight(), s.action()));
        }
        profileState.update(profile);

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
        out.collect(context);
    }
}
