package org.streamrec.engine.filter;

import java.util.ArrayList;
import java.util.List;

/** When one item was shown to the user, oldest first. A Flink POJO (Flink cannot serialise a list nested in a map). */
public class ShownTimes {
    public List<Long> times = new ArrayList<>();

    public ShownTimes() {}

    long newest() {
        return times.get(times.size() - 1);
    }
}
