package org.streamrec.engine.operators;

import java.util.LinkedHashMap;
import java.util.Map;

/** A heap map that holds at most {@code capacity} entries: putting one more drops the least recently used. */
final class RecentlyUsed<K, V> {
    private final Map<K, V> entries;

    RecentlyUsed(int capacity) {
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key) {
        return entries.get(key);
    }

    void put(K key, V value) {
        entries.put(key, value);
    }

    int size() {
        return entries.size();
    }
}
