package org.streamrec.tools.upgrade;

import java.io.IOException;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.streaming.api.connector.sink2.SupportsPreWriteTopology;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.tools.local.CollectingSink;

/**
 * The recommendations sink of a next build that has one operator more: before the lists are written,
 * a keyed operator with state of its own (lists per user) that the previous build's savepoint knows
 * nothing of. It must start empty while everything else restores.
 */
final class WithAddedOperator implements Sink<Recommendation>, SupportsPreWriteTopology<Recommendation> {
    private static final long serialVersionUID = 1L;
    static final String UID = "lists-per-user";

    private final CollectingSink<Recommendation> lists;

    WithAddedOperator(CollectingSink<Recommendation> lists) {
        this.lists = lists;
    }

    @Override
    public DataStream<Recommendation> addPreWriteTopology(DataStream<Recommendation> lists) {
        return lists.keyBy(r -> r.userId).map(new CountListsPerUser()).name("lists per user").uid(UID);
    }

    @Override
    public SinkWriter<Recommendation> createWriter(WriterInitContext context) throws IOException {
        return lists.createWriter(context);
    }

    /** Counts each user's lists in keyed state and passes the lists on. */
    private static final class CountListsPerUser extends RichMapFunction<Recommendation, Recommendation> {
        private transient ValueState<Integer> count;

        @Override
        public void open(OpenContext context) {
            count = getRuntimeContext().getState(new ValueStateDescriptor<>("lists", Types.INT));
        }

        @Override
        public Recommendation map(Recommendation list) throws Exception {
            Integer before = count.value();
            count.update(before == null ? 1 : before + 1);
            return list;
        }
    }
}
