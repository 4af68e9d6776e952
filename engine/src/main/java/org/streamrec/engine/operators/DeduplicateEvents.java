package org.streamrec.engine.operators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * Drops an event whose id the same user sent within the dedup window (event time). Ids are kept
 * per user and swept by one event-time timer per window slot, so state stays bounded by the
 * window; forget_user drops them at once.
 */
public class DeduplicateEvents extends KeyedProcessFunction<String, Event, Event> {
    private final long windowMillis;
    private transient MapState<String, Long> seen;
    private transient Counter duplicates;

    public DeduplicateEvents(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    @Override
    public void open(OpenContext ctx) {
        seen = getRuntimeContext().getMapState(new MapStateDescriptor<>("seen-event-ids", Types.STRING, Types.LONG));
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicates");
    }

    @Override
    public void processElement(Event e, Context ctx, Collector<Event> out) throws Exception {
        if (seen.contains(e.eventId)) {
            duplicates.inc();
            return;
        }
        if (e.type == EventType.FORGET_USER) {
            seen.clear();
        } else {
            seen.put(e.eventId, e.eventTime);
            long slot = (e.eventTime / windowMillis + 2) * windowMillis;
            ctx.timerService().registerEventTimeTimer(slot);
        }
        out.collect(e);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Event> out) throws Exception {
        var it = seen.iterator();
        while (it.hasNext()) {
            if (it.next().getValue() <= timestamp - windowMillis) it.remove();
        }
    }
}
