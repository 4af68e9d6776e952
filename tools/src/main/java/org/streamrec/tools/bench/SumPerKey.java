package org.streamrec.tools.bench;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** The floor job's stateful step: one keyed value read and written per record, nothing emitted. */
final class SumPerKey extends KeyedProcessFunction<String, Tuple2<String, Long>, Long> {
    private transient ValueState<Long> sum;

    @Override
    public void open(OpenContext ctx) {
        sum = getRuntimeContext().getState(new ValueStateDescriptor<>("sum", Types.LONG));
    }

    @Override
    public void processElement(Tuple2<String, Long> record, Context ctx, Collector<Long> out) throws Exception {
        Long current = sum.value();
        sum.update(current == null ? record.f1 : current + record.f1);
    }
}
