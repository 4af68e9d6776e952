package org.streamrec.engine.operators;

import java.util.ArrayList;
import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.streamrec.engine.messages.ItemPopularity;
import org.streamrec.engine.trending.TrendingList;
import org.streamrec.engine.trending.TopItems;

/**
 * Keyed by board (a category, or overall). Keeps the board's top items and sends it on whenever it
 * changes, and after a restore sends every board once, since the rankings keep the boards on the heap.
 */
public class RankTrending extends AbstractStreamOperator<TrendingList>
        implements OneInputStreamOperator<ItemPopularity, TrendingList>, ProcessingTimeCallback {
    private static final String TOP = "trending-top";

    private final int capacity;
    private transient ValueState<TopItems> topState;
    private transient boolean restored;

    public RankTrending(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        restored = context.isRestored();
    }

    @Override
    public void open() throws Exception {
        super.open();
        topState = getRuntimeContext().getState(new ValueStateDescriptor<>(TOP, TopItems.class));
        if (restored) getProcessingTimeService().registerTimer(getProcessingTimeService().getCurrentProcessingTime(), this);
    }

    @Override
    public void processElement(StreamRecord<ItemPopularity> record) throws Exception {
        ItemPopularity p = record.getValue();
        TopItems top = topState.value();
        if (top == null) top = new TopItems();
        if (!top.update(p.itemId, p.count, capacity)) return;
        topState.update(top);
        output.collect(record.replace(new TrendingList(p.board, new ArrayList<>(top.items))));
    }

    @Override
    public void onProcessingTime(long time) throws Exception {
        for (String board : KeysToRepublish.of(getKeyedStateBackend(), TOP)) {
            setCurrentKey(board);
            TopItems top = topState.value();
            if (top != null) output.collect(new StreamRecord<>(new TrendingList(board, new ArrayList<>(top.items))));
        }
    }
}
