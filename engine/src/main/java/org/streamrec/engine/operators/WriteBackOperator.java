package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * An operator whose hot keyed state lives in {@link WriteBackCache}s: a value leaving a cache is
 * written with its own key as the current key, and every cache is written out before each
 * checkpoint, so the checkpoint holds every change and a restored operator starts with empty caches.
 * An operator rather than a function, because writing another key's state needs {@link #setCurrentKey}.
 */
abstract class WriteBackOperator<OUT> extends AbstractStreamOperator<OUT> {
    // Empty when the operator is serialised into the job graph; filled in open().
    private final List<WriteBackCache<?, ?>> caches = new ArrayList<>();

    /** A cache of at most {@code capacity} keys whose values {@code write} stores under their own key. */
    protected <V> WriteBackCache<String, V> writeBackCache(int capacity, WriteBackCache.Store<String, V> write) {
        WriteBackCache<String, V> cache = new WriteBackCache<>(capacity, (key, value) -> {
            Object current = getCurrentKey();
            setCurrentKey(key);
            write.write(key, value);
            if (current != null) setCurrentKey(current);
        });
        caches.add(cache);
        return cache;
    }

    /**
     * {@code value} in a new record with {@code cause}'s timestamp. Not the input record reused: with
     * object reuse, operators chained beside this one may be handed that same record.
     */
    protected static <T> StreamRecord<T> stamped(T value, StreamRecord<?> cause) {
        return cause.hasTimestamp() ? new StreamRecord<>(value, cause.getTimestamp()) : new StreamRecord<>(value);
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        for (WriteBackCache<?, ?> cache : caches) cache.flush();
        super.snapshotState(context);
    }
}
