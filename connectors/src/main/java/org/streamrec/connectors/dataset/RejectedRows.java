package org.streamrec.connectors.dataset;

import java.util.ArrayList;
import java.util.List;

/** Counts the dataset rows that were skipped, keeping the first few with their reasons for the report. */
public final class RejectedRows {
    private static final int EXAMPLES_KEPT = 5;

    private long count;
    private final List<String> examples = new ArrayList<>();

    /** @param where file name and line, e.g. {@code events.csv:17} */
    public void reject(String where, String reason) {
        count++;
        if (examples.size() < EXAMPLES_KEPT) examples.add(where + ": " + reason);
    }

    public long count() {
        return count;
    }

    /** The first rejected rows, as {@code file:line: reason}. */
    public List<String> examples() {
        return List.copyOf(examples);
    }
}
