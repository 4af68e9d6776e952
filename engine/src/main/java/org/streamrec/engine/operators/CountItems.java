package org.streamrec.engine.operators;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.similarity.CooccurrenceRouting;
import org.streamrec.engine.similarity.ItemCount;

/**
 * Keyed by item. Holds the item's weighted count, and stamps it on the co-occurrence deltas it
 * forwards to the item's partners: the one place that knows an item's count is the one that tells
 * others. Its input comes in bundles, so an item's count is read and written once per bundle.
 */
public class CountItems extends KeyedProcessFunction<String, ItemTouch, PairUpdate> {
    private transient ValueState<ItemCount> count;

    @Override
    public void open(OpenContext ctx) {
        count = getRuntimeContext().getState(new ValueStateDescriptor<>("item-count", ItemCount.class));
    }

    @Override
    public void processElement(ItemTouch touch, Context ctx, Collector<PairUpdate> out) throws Exception {
        ItemCount current = count.value();
        if (current == null) current = new ItemCount();
        List<PairUpdate> updates = CooccurrenceRouting.stamp(current, touch);
        if (touch.countDelta != 0) count.update(current);
        updates.forEach(out::collect);
    }
}
