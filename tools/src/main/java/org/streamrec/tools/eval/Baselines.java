package org.streamrec.tools.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.streamrec.config.ActionWeights;
import org.streamrec.config.Durations;
import org.streamrec.tools.config.EvalConfig;

/**
 * Every baseline {@code ./recs eval} scores beside the engine, in report order, each with the
 * settings it is tuned over (on the part of the replay before the scored window,
 * {@link BaselineTuning}); the first setting of each is its default.
 */
public final class Baselines {
    /** Neighbours per item of item_knn_daily's daily model, as for the frozen batch_item_knn. */
    static final int DAILY_KNN_NEIGHBOURS = 50;
    /** SAR: neighbours per item, and the user's strongest items that seed the list. */
    static final int SAR_NEIGHBOURS = 100;
    static final int SAR_SEEDS = 20;

    private Baselines() {}

    /**
     * @param frozenKnn the trained model of batch_item_knn
     * @param actionWeights the job's profile.actionWeights, for the baselines that weigh actions
     */
    public static List<Baseline> all(EvalConfig eval, ItemKnnModel frozenKnn, ActionWeights actionWeights) {
        int exclude = eval.excludeLastEvents();
        InteractionWeights weights = new InteractionWeights(actionWeights);
        List<Baseline> all = new ArrayList<>();
        all.add(untuned("popularity", "interaction count so far, unweighted (every item of every interaction counts 1).", name -> CountingRecommender.popularity(exclude)));
        all.add(new Baseline("trending", "the same count within the last `window` of event time before the latest event.",
                durations(eval.trendingWindow(), "5m", "15m", "1h", "6h", "1d", "7d", "30d").stream()
                .map(w -> new Variant("window=" + Durations.format(w), name -> CountingRecommender.trending(name, w, exclude)))
                .toList()));
        all.add(untuned("batch_item_knn", "cosine on the binary user-item matrix of the interactions before the kNN training cut "
                + "(eval.knnTrainFraction of the span), eval.knnNeighbours per item, then frozen; seeded with the user's last "
                + "eval.knnSeedItems distinct items; no fallback.", name -> new BatchItemKnnRecommender(frozenKnn, eval.knnSeedItems(), exclude)));
        all.add(new Baseline("repeat", "the user's own past items by recency and frequency: the sum of their interaction weights "
                + "(profile.actionWeights) with the item, each halved every `halfLife`; filled with popularity.",
                durations(Duration.ofDays(1), "1h", "7d", "30d", "365d").stream()
                .map(h -> new Variant("halfLife=" + Durations.format(h), name -> new RepeatRecommender(name, h, weights, exclude)))
                .toList()));
        List<Variant> sknn = new ArrayList<>();
        for (int[] sampleAndK : new int[][] {{500, 100}, {250, 50}, {1000, 200}}) {
            sknn.add(new Variant("sample=" + sampleAndK[0] + ",neighbours=" + sampleAndK[1], name ->
                    new SessionKnnRecommender(name, eval.sessionGap(), sampleAndK[0], sampleAndK[1], exclude)));
        }
        all.add(new Baseline("sknn", "V-SKNN (Ludewig and Jannach): the `sample` most recent sessions (of anyone) sharing an item "
                + "with the user's current session, similarity = sum of the position weights (p/L) of the shared items, the best "
                + "`neighbours` vote for their items with their similarity; filled with popularity.", sknn));
        List<Variant> daily = new ArrayList<>();
        for (int seeds : new int[] {5, 2, 10}) {
            daily.add(new Variant("seeds=" + seeds, name ->
                    new ItemKnnDailyRecommender(name, seeds, DAILY_KNN_NEIGHBOURS, weights, exclude)));
        }
        all.add(new Baseline("item_knn_daily", "cosine on the user-item ratings (largest action weight), retrained at the "
                + "first event of every UTC day on everything before it, " + DAILY_KNN_NEIGHBOURS + " neighbours per item; "
                + "seeded live with the user's last `seeds` distinct items, weighted by their rating; filled with popularity.", daily));
        all.add(new Baseline("sar", "SAR: Jaccard on co-occurrence counts, retrained daily like item_knn_daily, "
                + SAR_NEIGHBOURS + " neighbours per item plus itself; user affinity = action weights halved every `halfLife`, "
                + "updated live; score = affinity x similarity over the user's " + SAR_SEEDS + " strongest items; filled with popularity.",
                durations(Duration.ofDays(30), "1d", "7d").stream()
                .map(h -> new Variant("halfLife=" + Durations.format(h), name ->
                        new SarRecommender(name, h, SAR_SEEDS, SAR_NEIGHBOURS, weights, exclude)))
                .toList()));
        all.add(untuned("session_cf", "the 40-line streaming item-CF of issue 14: raw counts a -> b of each new item b with the "
                + "user's last 10 distinct items a, the last 5 distinct items as seeds weighted 0.8^k by recency, no decay, "
                + "no fallback.", name -> new SessionCfRecommender(exclude)));
        return all;
    }

    private static Baseline untuned(String name, String description, java.util.function.Function<String, org.streamrec.tools.eval.StreamingRecommender> make) {
        return new Baseline(name, description, List.of(new Variant("fixed", make)));
    }

    /** The default first, then the others in the given order, without repeating it. */
    private static List<Duration> durations(Duration first, String... others) {
        Set<Duration> all = new LinkedHashSet<>();
        all.add(first);
        for (String other : others) all.add(Durations.parse(other));
        return List.copyOf(all);
    }
}
