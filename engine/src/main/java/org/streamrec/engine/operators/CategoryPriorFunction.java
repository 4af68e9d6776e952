package org.streamrec.engine.operators;

import java.util.Comparator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;
import org.streamrec.engine.operators.EventTimeOrderedFunction;
import org.streamrec.engine.replenish.CycleStats;
import org.streamrec.engine.replenish.PurchaseObservation;

/** Keyed by category: learns the category's repurchase statistics and stamps them on each observation. */
public class CategoryPriorFunction extends EventTimeOrderedFunction<PurchaseObservation, PurchaseObservation> {
    private transient ValueState<CycleStats> stats;

    public CategoryPriorFunction() {
        super(TypeInformation.of(PurchaseObservation.class));
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        stats = getRuntimeContext().getState(new ValueStateDescriptor<>("categoryStats", CycleStats.class));
    }

    @Override
    protected Comparator<PurchaseObservation> order() {
        return InputOrder.OBSERVATIONS;
    }

    @Override
    protected void processInOrder(PurchaseObservation o, long time, Context ctx, Collector<PurchaseObservation> out)
            throws Exception {
        CycleStats s = stats.value();
        if (s == null) s = new CycleStats();
        s.add(o);
        stats.update(s);
        o.categoryStats = s.copy();
        out.collect(o);
    }
}
