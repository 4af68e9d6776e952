package org.streamrec.engine.trending;

import java.util.List;

/** The current most popular items of one board (a category, or overall), most popular first. */
public class TrendingList {
    public String board;
    public List<TrendingItem> items;

    public TrendingList() {}

    public TrendingList(String board, List<TrendingItem> items) {
        this.board = board;
        this.items = items;
    }
}
