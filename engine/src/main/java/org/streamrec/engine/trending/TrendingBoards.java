package org.streamrec.engine.trending;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest trending list of each board a ranking instance heard of: at most {@code maxCategories}
 * category boards besides the overall one; past that, the board whose best item is least popular goes.
 */
public final class TrendingBoards {
    private final int maxCategories;
    private final Map<String, TrendingList> boards = new HashMap<>();

    public TrendingBoards(int maxCategories) {
        this.maxCategories = maxCategories;
    }

    /** Takes a board's latest list. */
    public void put(TrendingList list) {
        if (!boards.containsKey(list.board)) dropWeakestIfFull();
        boards.put(list.board, list);
    }

    /** The board's items, most popular first; null when unknown. */
    public List<TrendingItem> top(String board) {
        TrendingList list = boards.get(board);
        return list == null ? null : list.items;
    }

    private void dropWeakestIfFull() {
        int categories = 0;
        String weakest = null;
        long weakestCount = Long.MAX_VALUE;
        for (Map.Entry<String, TrendingList> en : boards.entrySet()) {
            if (en.getKey().equals(Boards.OVERALL)) continue;
            categories++;
            List<TrendingItem> items = en.getValue().items;
            long best = items.isEmpty() ? 0 : items.get(0).count;
            if (best < weakestCount) {
                weakestCount = best;
                weakest = en.getKey();
            }
        }
        if (categories >= maxCategories && weakest != null) boards.remove(weakest);
    }
}
