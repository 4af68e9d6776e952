package org.streamrec.engine.profile;

import java.util.List;
import java.util.Set;
import org.streamrec.config.ImpressionConfig;
import org.streamrec.config.ProfileConfig;
import org.streamrec.config.RankingConfig;
import org.streamrec.engine.experiment.Holdout;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.Event;

/** What a user's state tells the ranking after an event: the {@link RankRequest}. */
public final class RankRequests {
    private RankRequests() {}

    /** The request after interaction {@code e}, whose items {@code newItems} the user never had before, was learnt into {@code user}. */
    public static RankRequest after(Event e, List<String> newItems, UserState user, ProfileConfig profile, RankingConfig ranking) {
        UserProfile p = user.profile;
        RankRequest r = header(e);
        r.variant = ranking.variant();
        List<Seed> seeds = p.seeds(ranking.seedItems(), ranking.seedRecencyDecay(), ranking.lowRating(), ranking.ratingBoost());
        r.seeds = new String[seeds.size()];
        r.seedWeights = new double[seeds.size()];
        r.seedActions = new String[seeds.size()];
        for (int i = 0; i < seeds.size(); i++) {
            r.seeds[i] = seeds.get(i).itemId();
            r.seedWeights[i] = seeds.get(i).weight();
            r.seedActions[i] = seeds.get(i).action();
        }
        List<RepeatCandidate> repeats = p.repeats(e.eventTime, ranking.repeat().candidates(),
                profile.affinityHalfLife().toMillis(), ranking.lowRating());
        r.repeats = new String[repeats.size()];
        r.repeatAffinities = new double[repeats.size()];
        r.repeatPurchases = new int[repeats.size()];
        for (int i = 0; i < repeats.size(); i++) {
            r.repeats[i] = repeats.get(i).itemId();
            r.repeatAffinities[i] = repeats.get(i).affinity();
            r.repeatPurchases[i] = repeats.get(i).purchases();
        }
        r.returnShare = p.returnShare(ranking.repeat().priorShare(), ranking.repeat().priorWeight());
        r.newItems = newItems.toArray(String[]::new);
        Set<String> exclude = p.excluded(ranking.lowRating());
        ImpressionConfig ic = ranking.impressions();
        exclude.addAll(user.impressions.suppressed(e.eventTime, ic.limit(), ic.window().toMillis()));
        r.exclude = exclude.toArray(String[]::new);
        r.bought = p.bought().toArray(String[]::new);
        return r;
    }

    /**
     * The request after interaction {@code e} of a held-out shopper: nothing of their profile, since
     * the ranking gives them what trends, as a shopper it does not know gets it.
     */
    public static RankRequest heldOut(Event e) {
        RankRequest r = header(e);
        r.variant = Holdout.VARIANT;
        return r;
    }

    /** The request to drop a forgotten user's list. */
    public static RankRequest forget(Event e) {
        RankRequest r = header(e);
        r.forget = true;
        return r;
    }

    private static RankRequest header(Event e) {
        RankRequest r = new RankRequest();
        r.userId = e.userId;
        r.triggerEventId = e.eventId;
        r.eventTime = e.eventTime;
        return r;
    }
}
