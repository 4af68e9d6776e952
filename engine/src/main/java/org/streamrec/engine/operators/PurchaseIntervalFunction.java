package org.streamrec.engine.operators;

import java.util.Comparator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.operators.EventTimeOrderedFunction;
import org.streamrec.engine.replenish.PurchaseLines;
import org.streamrec.engine.replenish.PurchaseIntervals;
import org.streamrec.engine.replenish.PurchaseHistory;
import org.streamrec.engine.replenish.PurchaseObservation;

/** Keyed by user: purchases become per-item observations with the user's intervals; forget_user drops the history. */
public class PurchaseIntervalFunction extends EventTimeOrderedFunction<Event, PurchaseObservation> {
    private final int maxItemsPerUser;
    private transient PurchaseIntervals intervals;
    private transient ValueState<PurchaseHistory> history;
    private transient Counter outOfOrderLines;

    public PurchaseIntervalFunction(int maxItemsPerUser) {
        super(TypeInformation.of(Event.class));
        this.maxItemsPerUser = maxItemsPerUser;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        intervals = new PurchaseIntervals(maxItemsPerUser);
        history = getRuntimeContext().getState(new ValueStateDescriptor<>("purchaseHistory", PurchaseHistory.class));
        outOfOrderLines = getRuntimeContext().getMetricGroup().counter("replenishOutOfOrderPurchaseLines");
    }

    @Override
    protected Comparator<Event> order() {
        return InputOrder.EVENTS;
    }

    @Override
    protected void processInOrder(Event e, long time, Context ctx, Collector<PurchaseObservation> out) throws Exception {
        if (e.type == EventType.FORGET_USER) {
            history.clear();
            return;
        }
        if (e.type != EventType.PURCHASE) return;
        PurchaseHistory h = history.value();
        if (h == null) h = new PurchaseHistory();
        PurchaseIntervals.Recorded recorded = intervals.record(h, ctx.getCurrentKey(), time, PurchaseLines.quantities(e));
        history.update(h);
        outOfOrderLines.inc(recorded.outOfOrderLines());
        for (PurchaseObservation o : recorded.observations()) {
            o.timeZone = e.timeZone;
            out.collect(o);
        }
    }
}
