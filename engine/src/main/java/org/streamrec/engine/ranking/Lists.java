package org.streamrec.engine.ranking;

import java.util.List;
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
    private static final String[] NONE = new String[0];

    private final RankingConfig config;
    private final ItemIndex index;
    private final Ranker ranker;
    /** Scored candidates to keep: the list, or more when a category cap may push some below it. */
    private final int candidates;

    public Lists(RankingConfig config, ItemIndex index, NewItemCoverage coverage) {
        this.config = config;
        this.index = index;
        this.ranker = new Ranker(index, coverage);
        this.candidates = config.maxPerCategory() >= config.listSize() ? config.listSize() : 4 * config.listSize();
    }

    /** The list for the request's user. */
    public List<RankedItem> forUser(RankRequest r, TrendingBoards trending) {
        Eligibility eligibility = Eligibility.of(r.exclude, r.bought, index);
        List<RankedItem> pool = TrendingFill.append(ranker.rank(r, eligibility, candidates),
                TrendingFill.seedCategories(r.seeds, index), trending, eligibility);
        return Diversifier.select(pool, index::category, config.maxPerCategory(), RankingConfig.DIVERSITY_DEPTH, config.listSize());
    }

    /** The list for shoppers the engine does not know: what trends overall. */
    public List<RankedItem> forAnyone(TrendingBoards trending) {
        Eligibility anything = Eligibility.of(NONE, NONE, index);
        List<RankedItem> pool = TrendingFill.append(List.of(), List.of(), trending, anything);
        return Diversifier.select(pool, index::category, config.maxPerCategory(), RankingConfig.DIVERSITY_DEPTH, config.listSize());
    }
}
