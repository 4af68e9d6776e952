package org.streamrec.engine.operators;

import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.IngestRecord;

/** Passes parsed events on and sends everything that failed parsing to the dead-letter output. */
public class RouteDeadLetters extends ProcessFunction<IngestRecord, Event> {
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private transient Counter eventsIn;
    private transient Counter deadLetters;

    @Override
    public void open(org.apache.flink.api.common.functions.OpenContext ctx) {
        eventsIn = getRuntimeContext().getMetricGroup().counter("events_in");
        deadLetters = getRuntimeContext().getMetricGroup().counter("dead_letters");
    }

    @Override
    public void processElement(IngestRecord record, Context ctx, Collector<Event> out) {
        if (record.event != null) {
            eventsIn.inc();
            out.collect(record.event);
        } else {
            deadLetters.inc();
            ctx.output(DEAD_LETTERS, record.deadLetter);
        }
    }
}
