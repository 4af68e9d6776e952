package org.streamrec.engine.trending;

/** Trending boards are keyed by category; this one ranks items across all categories. */
public final class Boards {
    public static final String OVERALL = "";

    private Boards() {}
}
