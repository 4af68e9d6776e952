package org.streamrec.tools.eval;

import com.carrotsearch.hppc.IntArrayList;

/** A short list of distinct ids, oldest first, the most recent last. */
final class MostRecent {
    private MostRecent() {}

    /** Moves (or adds) {@code id} to the end, dropping the oldest beyond {@code capacity}. */
    static void push(IntArrayList recent, int id, int capacity) {
        int at = recent.indexOf(id);
        if (at >= 0) recent.removeAt(at);
        recent.add(id);
        if (recent.size() > capacity) recent.removeAt(0);
    }
}
