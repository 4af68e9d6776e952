package org.streamrec.engine.trending;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.streamrec.engine.similarity.ForwardDecay;

/**
 * What is popular, as a ranking instance sees it from the item cards: per category and overall, the
 * items with the most engagement lately (trending, a short half-life) and over the long run
 * (popular, the similarity half-life). At most {@code maxCategories} categories are kept; past that,
 * the category whose best trending item is weakest goes.
 */
public final class TrendingBoards {
    /** Which board. */
    public enum Kind { TRENDING, POPULAR }

    private final int itemsPerBoard;
    private final int maxCategories;
    private final Map<String, Board> trending = new HashMap<>();
    private final Map<String, Board> popular = new HashMap<>();
    private boolean overallTrendingChanged;

    public TrendingBoards(int itemsPerBoard, int maxCategories) {
        this.itemsPerBoard = itemsPerBoard;
        this.maxCategories = maxCategories;
    }

    /**
     * An item's latest engagement, each value in its epoch. {@code category} may be null;
     * {@code previousCategory} is the one the item had before, if it changed.
     */
    public void update(String itemId, String category, String previousCategory, double trend, int trendEpoch,
                       double popularity, int popularityEpoch) {
        if (previousCategory != null && !previousCategory.equals(category)) {
            Board t = trending.get(previousCategory);
            if (t != null) t.remove(itemId);
            Board p = popular.get(previousCategory);
            if (p != null) p.remove(itemId);
        }
        if (board(trending, Boards.OVERALL).put(itemId, trend, trendEpoch)) overallTrendingChanged = true;
        board(popular, Boards.OVERALL).put(itemId, popularity, popularityEpoch);
        if (category == null) return;
        if (!trending.containsKey(category)) dropWeakestCategoryIfFull();
        board(trending, category).put(itemId, trend, trendEpoch);
        board(popular, category).put(itemId, popularity, popularityEpoch);
    }

    /** The board's items, best first; empty when unknown. */
    public List<TrendingItem> top(Kind kind, String board) {
        Board b = (kind == Kind.TRENDING ? trending : popular).get(board);
        return b == null ? List.of() : b.top();
    }

    /** True once after what trends overall changed. */
    public boolean takeOverallChange() {
        boolean changed = overallTrendingChanged;
        overallTrendingChanged = false;
        return changed;
    }

    private Board board(Map<String, Board> boards, String name) {
        return boards.computeIfAbsent(name, n -> new Board(itemsPerBoard));
    }

    private void dropWeakestCategoryIfFull() {
        if (trending.size() - 1 < maxCategories) return;
        String weakest = null;
        double weakestValue = Double.POSITIVE_INFINITY;
        int latest = Integer.MIN_VALUE;
        for (Board b : trending.values()) latest = Math.max(latest, b.epoch());
        for (Map.Entry<String, Board> en : trending.entrySet()) {
            if (en.getKey().equals(Boards.OVERALL)) continue;
            double best = ForwardDecay.convert(en.getValue().best(), en.getValue().epoch(), latest);
            if (best < weakestValue) {
                weakestValue = best;
                weakest = en.getKey();
            }
        }
        if (weakest != null) {
            trending.remove(weakest);
            popular.remove(weakest);
        }
    }
}
