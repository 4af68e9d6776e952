package org.streamrec.engine.operators;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.IngestRecord;

/** Passes parsed business rules on and sends rule records that failed parsing to the dead-letter output. */
public class RouteRules extends ProcessFunction<IngestRecord, BusinessRule> {
    @Override
    public void processElement(IngestRecord record, Context ctx, Collector<BusinessRule> out) {
        if (record.rule != null) out.collect(record.rule);
        else ctx.output(RouteDeadLetters.DEAD_LETTERS, record.deadLetter);
    }
}
