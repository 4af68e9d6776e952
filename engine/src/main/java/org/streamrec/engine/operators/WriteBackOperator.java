package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.TimestampedCollector;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;

/**
 * An operator whose hot keyed state lives in {@link WriteBackCache}s: a value leaving a cache is
 * written with its own key as the current key, and every cache is written out before each
 * checkpoint, so the checkpoint holds every change and a restored operator starts with empty caches.
 * An operator rather than a function, because writing another key's state needs {@link #setCurrentKey};
 * {@link #emit} gives it the outputs a process function has.
 */
abstract class WriteBackOperator<OUT> extends AbstractStreamOperator<OUT> {
    // Empty when the operator is serialised into the job graph; filled in open().
    private final List<WriteBackCache<?, ?>> caches = new ArrayList<>();
    private transient TimestampedCollector<OUT> mainOutput;

    /**
     * A cache of at most {@code capacity} keys whose values {@code write} stores under their own key;
     * its hit ratio and size are exported as {@code cacheHitRatio} and {@code cacheSize}, labelled {@code cache=name}.
     */
    protected <V> WriteBackCache<String, V> writeBackCache(String name, int capacity, WriteBackCache.Store<String, V> write) {
        WriteBackCache<String, V> cache = new WriteBackCache<>(capacity, (key, value) -> {
            Object current = getCurrentKey();
            setCurrentKey(key);
            write.write(key, value);
            if (current != null) setCurrentKey(current);
        });
        caches.add(cache);
        MetricGroup metrics = EngineMetrics.of(getMetricGroup()).addGroup("cache", name);
        metrics.gauge("cacheHitRatio", (Gauge<Double>) cache::hitRatio);
        metrics.gauge("cacheSize", (Gauge<Integer>) cache::size);
        return cache;
    }

    @Override
    public void open() throws Exception {
        super.open();
        mainOutput = new TimestampedCollector<>(output);
    }

    /** Emits {@code value} with {@code cause}'s timestamp, in one reused record, as Flink's process operators do. */
    protected void emit(OUT value, StreamRecord<?> cause) {
        mainOutput.setTimestamp(cause);
        mainOutput.collect(value);
    }

    /** Emits {@code value} to a side output with {@code cause}'s timestamp, in a new record, as Flink's process operators do. */
    protected <T> void emit(OutputTag<T> tag, T value, StreamRecord<?> cause) {
        output.collect(tag, cause.hasTimestamp() ? new StreamRecord<>(value, cause.getTimestamp()) : new StreamRecord<>(value));
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        for (WriteBackCache<?, ?> cache : caches) cache.flush();
        super.snapshotState(context);
    }
}
