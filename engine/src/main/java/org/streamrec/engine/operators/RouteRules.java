package org.streamrec.engine.operators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.IngestRecord;

/**
 * Passes parsed business rules on and sends rule records that failed parsing to the dead-letter
 * output, counted as {@code deadLetters{reason}} like the events' (the operator label tells them apart).
 */
public class RouteRules extends ProcessFunction<IngestRecord, BusinessRule> {
    private transient EngineMetrics.LabelledCounter deadLetters;

    @Override
    public void open(OpenContext ctx) {
        deadLetters = RouteDeadLetters.deadLetterCounter(EngineMetrics.of(getRuntimeContext().getMetricGroup()));
    }

    @Override
    public void processElement(IngestRecord record, Context ctx, Collector<BusinessRule> out) {
        if (record.rule != null) {
            out.collect(record.rule);
        } else {
            deadLetters.inc(RouteDeadLetters.reasonLabel(record.deadLetter.reason));
            ctx.output(RouteDeadLetters.DEAD_LETTERS, record.deadLetter);
        }
    }
}
