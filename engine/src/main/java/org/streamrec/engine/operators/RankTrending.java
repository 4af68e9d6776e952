package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.engine.messages.ItemPopularity;
import org.streamrec.engine.messages.TrendingList;
import org.streamrec.engine.ranking.TopItems;

/** Keyed by board (a category, or overall). Keeps the board's top items and sends it on whenever it changes. */
public class RankTrending extends KeyedProcessFunction<String, ItemPopularity, TrendingList> {
    private final int capacity;
    private transient ValueState<TopItems> topState;

    public RankTrending(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void open(OpenContext ctx) {
        topState = getRuntimeContext().getState(new ValueStateDescriptor<>("trending-top", TopItems.class));
    }

    @Override
    public void processElement(ItemPopularity p, Context ctx, Collector<TrendingList> out) throws Exception {
        TopItems top = Objects.requireNonNullElseGet(topState.value(), TopItems::new);
        if (!top.update(p.itemId, p.count, capacity)) return;
        topState.update(top);
        out.collect(new TrendingList(p.board, new ArrayList<>(top.items)));
    }
}
