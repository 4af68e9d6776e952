package org.streamrec.engine.ranking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.streamrec.config.RankingConfig;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.model.RankedItem;
import org.streamrec.engine.trending.TrendingBoards;

/**
 * A recommendation list from a request and a ranking instance's local knowledge: the scored
 * candidates ({@link Ranker}), followed by what trends in the seeds' categories and overall
 * ({@link TrendingFill}), capped per category near the top ({@link Diversifier}).
 */
public final class Lists {
    private final RankingConfig config;

    public Lists(RankingConfig config) {
        this.config = config;
    }

    /** The list for the request's user. */
    public List<RankedItem> forUser(RankRequest r, ItemIndex index, TrendingBoards trending) {
        Eligibility eligibility = new Eligibility(setOf(r.exclude), setOf(r.bought), index);
        List<RankedItem> pool = TrendingFill.append(Ranker.rank(r, index, eligibility),
                TrendingFill.seedCategories(r.seeds, index), trending::top, eligibility);
        return Diversifier.select(pool, index::category, config.maxPerCategory(), RankingConfig.DIVERSITY_DEPTH, config.listSize());
    }

    /** The list for shoppers the engine does not know: what trends overall. */
    public List<RankedItem> forAnyone(ItemIndex index, TrendingBoards trending) {
        Eligibility anything = new Eligibility(Set.of(), Set.of(), index);
        List<RankedItem> pool = TrendingFill.append(List.of(), List.of(), trending::top, anything);
        return Diversifier.select(pool, index::category, config.maxPerCategory(), RankingConfig.DIVERSITY_DEPTH, config.listSize());
    }

    private static Set<String> setOf(String[] ids) {
        Set<String> set = new HashSet<>(ids.length * 2);
        for (String id : ids) set.add(id);
        return set;
    }
}
