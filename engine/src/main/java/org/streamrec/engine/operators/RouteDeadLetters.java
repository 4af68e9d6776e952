package org.streamrec.engine.operators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.streamrec.engine.codec.RejectCode;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;

/**
 * Passes parsed events on and sends everything that failed parsing to the dead-letter output,
 * counting events in by type ({@code eventsIn{type}}) and dead letters by reason
 * ({@code deadLetters{reason}}, the reason's {@link RejectCode}).
 */
public class RouteDeadLetters extends ProcessFunction<IngestRecord, Event> {
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};
    /** The reason label of a dead letter whose reason starts with no known code. */
    static final String OTHER_REASON = "other";

    private transient EngineMetrics.LabelledCounter eventsIn;
    private transient EngineMetrics.LabelledCounter deadLetters;

    @Override
    public void open(OpenContext ctx) {
        MetricGroup group = EngineMetrics.of(getRuntimeContext().getMetricGroup());
        eventsIn = new EngineMetrics.LabelledCounter(group, "type", "eventsIn");
        for (EventType type : EventType.values()) eventsIn.register(type.wireName());
        deadLetters = deadLetterCounter(group);
    }

    @Override
    public void processElement(IngestRecord record, Context ctx, Collector<Event> out) {
        if (record.event != null) {
            eventsIn.inc(record.event.type.wireName());
            out.collect(record.event);
        } else {
            deadLetters.inc(reasonLabel(record.deadLetter.reason));
            ctx.output(DEAD_LETTERS, record.deadLetter);
        }
    }

    /** {@code deadLetters{reason}}, every reason exported from the start. */
    static EngineMetrics.LabelledCounter deadLetterCounter(MetricGroup group) {
        EngineMetrics.LabelledCounter counter = new EngineMetrics.LabelledCounter(group, "reason", "deadLetters");
        for (RejectCode code : RejectCode.values()) counter.register(code.code());
        counter.register(OTHER_REASON);
        return counter;
    }

    /** The code a reason starts with: a label with few values, unlike the reason's detail. */
    static String reasonLabel(String reason) {
        return RejectCode.ofReason(reason).map(RejectCode::code).orElse(OTHER_REASON);
    }
}
