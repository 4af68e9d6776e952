package org.streamrec.engine.operators;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A heap map of at most {@code capacity} values in front of keyed state. Changed values are written
 * to the store only when they leave the map (least recently used first) or at {@link #flush()}, so
 * a hot key is read and written once per stay instead of once per update.
 */
final class WriteBackCache<K, V> {
    /** Writes one value to the state it came from. */
    interface Store<K, V> {
        void write(K key, V value) throws Exception;
    }

    /** Reads the current key's value from the state it lives in; null when there is none. */
    interface Load<V> {
        V read() throws Exception;
    }

    private static final class Entry<V> {
        final V value;
        boolean changed;

        Entry(V value) {
            this.value = value;
        }
    }

    private final int capacity;
    private final Store<K, V> store;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long hits;
    private long lookups;

    WriteBackCache(int capacity, Store<K, V> store) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        this.capacity = capacity;
        this.store = store;
    }

    V get(K key) {
        Entry<V> e = entries.get(key);
        lookups++;
        if (e == null) return null;
        hits++;
        return e.value;
    }

    /** The cached value of {@code key}, else what {@code load} reads (cached from then on); null when neither has one. */
    V getOrLoad(K key, Load<V> load) throws Exception {
        V value = get(key);
        if (value == null) {
            value = load.read();
            if (value != null) put(key, value);
        }
        return value;
    }

    /** Share of lookups found on the heap since the start (NaN before the first). */
    double hitRatio() {
        return lookups == 0 ? Double.NaN : (double) hits / lookups;
    }

    int size() {
        return entries.size();
    }

    /** Adds a value as read from the store; the least recently used one leaves if the map is full. */
    void put(K key, V value) throws Exception {
        entries.put(key, new Entry<>(value));
        if (entries.size() > capacity) {
            Iterator<Map.Entry<K, Entry<V>>> eldest = entries.entrySet().iterator();
            Map.Entry<K, Entry<V>> leaving = eldest.next();
            eldest.remove();
            if (leaving.getValue().changed) store.write(leaving.getKey(), leaving.getValue().value);
        }
    }

    /** Notes that the cached value of {@code key} changed and must be written before it is dropped. */
    void changed(K key) {
        Entry<V> e = entries.get(key);
        if (e == null) throw new IllegalStateException("not cached: " + key);
        e.changed = true;
    }

    /** Drops {@code key} without writing it, for state that is being deleted. */
    void remove(K key) {
        entries.remove(key);
    }

    /** Writes every changed value; they all stay cached. */
    void flush() throws Exception {
        for (Map.Entry<K, Entry<V>> e : entries.entrySet()) {
            if (e.getValue().changed) {
                store.write(e.getKey(), e.getValue().value);
                e.getValue().changed = false;
            }
        }
    }
}
