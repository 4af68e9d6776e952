package org.streamrec.engine.operators;

import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.config.TrendingConfig;
import org.streamrec.engine.messages.ItemActivity;
import org.streamrec.engine.messages.ItemPopularity;
import org.streamrec.engine.trending.Boards;
import org.streamrec.engine.trending.WindowedCount;

/**
 * Keyed by item. Counts the item's interactions in the sliding trending window and reports the
 * count to its category's board and the overall board at the end of every slide while the window
 * holds any, so each item sends at most (window / slide) reports per burst of activity.
 */
public class CountTrending extends KeyedProcessFunction<String, ItemActivity, ItemPopularity> {
    private final TrendingConfig config;
    private transient ValueState<WindowedCount> countState;
    private transient ValueState<String> categoryState;

    public CountTrending(TrendingConfig config) {
        this.config = config;
    }

    @Override
    public void open(OpenContext ctx) {
        countState = getRuntimeContext().getState(new ValueStateDescriptor<>("trending-count", WindowedCount.class));
        categoryState = getRuntimeContext().getState(new ValueStateDescriptor<>("trending-category", Types.STRING));
    }

    @Override
    public void processElement(ItemActivity a, Context ctx, Collector<ItemPopularity> out) throws Exception {
        String previous = categoryState.value();
        if (a.category != null && !a.category.equals(previous)) {
            categoryState.update(a.category);
            if (previous != null) out.collect(new ItemPopularity(previous, a.itemId, 0));
        }
        if (!a.interaction) return;
        long slide = config.slide().toMillis();
        WindowedCount count = Objects.requireNonNullElseGet(countState.value(), WindowedCount::new);
        long time = ctx.timestamp();
        count.add(time, slide, config.buckets());
        countState.update(count);
        ctx.timerService().registerEventTimeTimer(Math.floorDiv(time, slide) * slide + slide - 1);
    }

    @Override
    public void onTimer(long time, OnTimerContext ctx, Collector<ItemPopularity> out) throws Exception {
        WindowedCount count = countState.value();
        if (count == null) return;
        long n = count.countAt(time, config.slide().toMillis(), config.buckets());
        String category = categoryState.value();
        if (category != null) out.collect(new ItemPopularity(category, ctx.getCurrentKey(), n));
        out.collect(new ItemPopularity(Boards.OVERALL, ctx.getCurrentKey(), n));
        if (n > 0) ctx.timerService().registerEventTimeTimer(time + config.slide().toMillis());
        else countState.clear();
    }
}
