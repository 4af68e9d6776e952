package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A keyed function that sees each key's records in event-time order. A record waits in keyed state
 * until the watermark passes its timestamp; then the records of that timestamp are handled sorted by
 * {@link #order()}. The results then depend only on the input, not on how records from parallel
 * upstream tasks happened to interleave, so a run restored from a checkpoint computes exactly what a
 * fault-free run computes. The price is latency up to the watermark, nothing next to reminders that
 * are days ahead. A record that arrives behind the watermark is handled at the next watermark.
 * Replenishment, the contact policy and the journeys' triggers are built on it.
 */
public abstract class EventTimeOrderedFunction<I, O> extends KeyedProcessFunction<String, I, O> {
    private final TypeInformation<I> inputType;
    private transient MapState<Long, List<I>> waiting;
    /** The timer registered by {@link #wakeUpAt}, if any. */
    private transient ValueState<Long> wakeUp;

    protected EventTimeOrderedFunction(TypeInformation<I> inputType) {
        this.inputType = inputType;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        waiting = getRuntimeContext().getMapState(new MapStateDescriptor<>("waiting", Types.LONG, Types.LIST(inputType)));
        wakeUp = getRuntimeContext().getState(new ValueStateDescriptor<>("wakeUp", Types.LONG));
    }

    @Override
    public final void processElement(I value, Context ctx, Collector<O> out) throws Exception {
        Long time = ctx.timestamp();
        if (time == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " needs event-time timestamps on its input; assign "
                    + "timestamps and watermarks before the graph that holds it (record without one: " + value + ")");
        }
        List<I> atTime = waiting.get(time);
        if (atTime == null) atTime = new ArrayList<>(1);
        atTime.add(value);
        waiting.put(time, atTime);
        ctx.timerService().registerEventTimeTimer(time);
    }

    @Override
    public final void onTimer(long time, OnTimerContext ctx, Collector<O> out) throws Exception {
        List<I> due = waiting.get(time);
        if (due != null) {
            waiting.remove(time);
            due.sort(order());
            for (I value : due) processInOrder(value, time, ctx, out);
        }
        onTime(time, ctx, out);
    }

    /** How records with the same timestamp are ordered; must be total for the output to be deterministic. */
    protected abstract Comparator<I> order();

    /** Handles one record, in event-time order; {@code time} is its timestamp and that of anything emitted. */
    protected abstract void processInOrder(I value, long time, Context ctx, Collector<O> out) throws Exception;

    /** Runs at every timer after the records of that time; subclasses with timers of their own act here. */
    protected void onTime(long time, OnTimerContext ctx, Collector<O> out) throws Exception {}

    /**
     * Keeps the key's own wake-up timer at {@code next} (none when empty), replacing the one set
     * before; call it from {@link #onTime}. A timer where records wait stays, since they need it.
     */
    protected final void wakeUpAt(OptionalLong next, long now, OnTimerContext ctx) throws Exception {
        Long registered = wakeUp.value();
        if (registered != null && registered > now && (next.isEmpty() || next.getAsLong() != registered)
                && !waiting.contains(registered)) {
            ctx.timerService().deleteEventTimeTimer(registered);
        }
        if (next.isPresent()) {
            ctx.timerService().registerEventTimeTimer(next.getAsLong());
            wakeUp.update(next.getAsLong());
        } else {
            wakeUp.clear();
        }
    }
}
