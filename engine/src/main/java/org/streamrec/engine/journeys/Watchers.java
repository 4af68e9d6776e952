package org.streamrec.engine.journeys;

import java.util.Map;

/** The shoppers watching one item, by user id: in keyed map state in the job, a plain map in tests. */
public interface Watchers {
    Watcher get(String userId) throws Exception;

    void put(String userId, Watcher watcher) throws Exception;

    void remove(String userId) throws Exception;

    Iterable<Map.Entry<String, Watcher>> all() throws Exception;
}
