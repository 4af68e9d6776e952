package org.streamrec.engine.operators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.NeighbourUpdate;
import org.streamrec.engine.profile.Partner;

/**
 * Keyed by item. Holds the item's weighted count, and stamps it on the pair updates it forwards to
 * the item's partners: the one place that knows an item's count is the one that tells others.
 */
public class CountItems extends KeyedProcessFunction<String, ItemTouch, NeighbourUpdate> {
    private transient ValueState<Double> count;

    @Override
    public void open(OpenContext ctx) {
        count = getRuntimeContext().getState(new ValueStateDescriptor<>("item-count", Types.DOUBLE));
    }

    @Override
    public void processElement(ItemTouch touch, Context ctx, Collector<NeighbourUpdate> out) throws Exception {
        Double stored = count.value();
        double current = stored == null ? 0 : stored;
        if (touch.countDelta != 0) {
            current += touch.countDelta;
            count.update(current);
            out.collect(new NeighbourUpdate(touch.itemId, null, 0, current));
        }
        for (Partner p : touch.partners) {
            out.collect(new NeighbourUpdate(p.itemId, touch.itemId, p.pairDelta, current));
        }
    }
}
