package org.streamrec.engine.operators;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * A mini-batch before a shuffle, as Flink's own {@code AbstractMapBundleOperator}: records are merged
 * per key on the heap and one record per key is sent on when the bundle holds {@code maxKeys} keys,
 * every {@code intervalMillis} of processing time, on every watermark, at the end of the input, and
 * before every checkpoint barrier. So the keyed operator after the shuffle reads and writes an item's
 * state once per bundle instead of once per record, and since the bundle is always empty when a
 * barrier passes, it needs no state of its own: nothing is lost on a restore.
 */
public class BundleOperator<IN, ACC, OUT> extends AbstractStreamOperator<OUT>
        implements OneInputStreamOperator<IN, OUT>, BoundedOneInput, ProcessingTimeCallback {
    private final BundleFunction<IN, ACC, OUT> function;
    private final int maxKeys;
    private final long intervalMillis;
    private transient Map<String, ACC> bundle;
    private transient long latestTimestamp;
    private transient boolean hasTimestamp;

    public BundleOperator(BundleFunction<IN, ACC, OUT> function, int maxKeys, long intervalMillis) {
        this.function = function;
        this.maxKeys = maxKeys;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void open() throws Exception {
        super.open();
        bundle = new HashMap<>();
        latestTimestamp = Long.MIN_VALUE;
        scheduleFlush();
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        IN in = record.getValue();
        String key = function.key(in);
        bundle.put(key, function.add(bundle.get(key), in));
        if (record.hasTimestamp()) {
            hasTimestamp = true;
            latestTimestamp = Math.max(latestTimestamp, record.getTimestamp());
        }
        if (bundle.size() >= maxKeys) flush();
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        flush();
        super.processWatermark(mark);
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        flush();
        super.prepareSnapshotPreBarrier(checkpointId);
    }

    @Override
    public void endInput() throws Exception {
        flush();
    }

    @Override
    public void onProcessingTime(long time) throws Exception {
        flush();
        scheduleFlush();
    }

    private void scheduleFlush() {
        var timers = getProcessingTimeService();
        timers.registerTimer(timers.getCurrentProcessingTime() + intervalMillis, this);
    }

    private void flush() {
        if (bundle.isEmpty()) return;
        for (ACC accumulator : bundle.values()) {
            OUT out = function.finish(accumulator);
            output.collect(hasTimestamp ? new StreamRecord<>(out, latestTimestamp) : new StreamRecord<>(out));
        }
        bundle.clear();
        hasTimestamp = false;
        latestTimestamp = Long.MIN_VALUE;
    }
}
