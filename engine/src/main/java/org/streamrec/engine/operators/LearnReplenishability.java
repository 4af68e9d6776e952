package org.streamrec.engine.operators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.config.ReminderConfig;
import org.streamrec.engine.messages.ItemTrait;
import org.streamrec.engine.replenish.RepurchaseModel;
import org.streamrec.engine.replenish.PurchaseObservation;

/**
 * Keyed by item: the {@link RepurchaseModel}'s verdict on whether the item is replenishable, sent
 * on only when it changes, so the ranking's catalogue learns it without a message per purchase.
 */
public class LearnReplenishability extends KeyedProcessFunction<String, PurchaseObservation, ItemTrait> {
    private final ReminderConfig config;
    private transient RepurchaseModel model;
    private transient ValueState<Boolean> verdict;

    public LearnReplenishability(ReminderConfig config) {
        this.config = config;
    }

    @Override
    public void open(OpenContext ctx) {
        model = new RepurchaseModel(config);
        verdict = getRuntimeContext().getState(new ValueStateDescriptor<>("replenishable", Types.BOOLEAN));
    }

    @Override
    public void processElement(PurchaseObservation o, Context ctx, Collector<ItemTrait> out) throws Exception {
        boolean now = model.replenishable(o);
        Boolean before = verdict.value();
        if (before == null || before != now) {
            verdict.update(now);
            out.collect(new ItemTrait(o.itemId, now));
        }
    }
}
