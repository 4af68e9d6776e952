package org.streamrec.engine.operators;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;
import org.streamrec.engine.similarity.ItemSummary;
import org.streamrec.engine.similarity.TopEntry;

/**
 * The item summary, field by field: count, epoch, tracked, version, then per top entry its id and
 * four doubles. The POJO serializer spent most of its time in reflection here.
 */
public final class ItemSummarySerializer extends TypeSerializerSingleton<ItemSummary> {
    public static final ItemSummarySerializer INSTANCE = new ItemSummarySerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public ItemSummary createInstance() {
        return new ItemSummary();
    }

    @Override
    public ItemSummary copy(ItemSummary from) {
        ItemSummary to = new ItemSummary();
        to.count = from.count;
        to.epoch = from.epoch;
        to.tracked = from.tracked;
        to.version = from.version;
        to.top = new ArrayList<>(from.top.size());
        for (TopEntry e : from.top) to.top.add(new TopEntry(e.itemId, e.sym, e.fwd, e.otherCount, e.rank));
        return to;
    }

    @Override
    public ItemSummary copy(ItemSummary from, ItemSummary reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(ItemSummary summary, DataOutputView out) throws IOException {
        out.writeDouble(summary.count);
        out.writeInt(summary.epoch);
        out.writeInt(summary.tracked);
        out.writeLong(summary.version);
        List<TopEntry> top = summary.top;
        out.writeInt(top.size());
        for (TopEntry e : top) {
            StringValue.writeString(e.itemId, out);
            out.writeDouble(e.sym);
            out.writeDouble(e.fwd);
            out.writeDouble(e.otherCount);
            out.writeDouble(e.rank);
        }
    }

    @Override
    public ItemSummary deserialize(DataInputView in) throws IOException {
        ItemSummary summary = new ItemSummary();
        summary.count = in.readDouble();
        summary.epoch = in.readInt();
        summary.tracked = in.readInt();
        summary.version = in.readLong();
        int size = in.readInt();
        summary.top = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            summary.top.add(new TopEntry(StringValue.readString(in), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()));
        }
        return summary;
    }

    @Override
    public ItemSummary deserialize(ItemSummary reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<ItemSummary> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer from a checkpoint; a new layout would need a new snapshot version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<ItemSummary> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
