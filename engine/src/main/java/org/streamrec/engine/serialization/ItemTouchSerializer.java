package org.streamrec.engine.serialization;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.streamrec.engine.messages.ItemTouch;

/** {@link ItemTouch}, field by field. */
public final class ItemTouchSerializer extends ExplicitSerializer<ItemTouch> {
    public static final ItemTouchSerializer INSTANCE = new ItemTouchSerializer();

    @Override
    public ItemTouch createInstance() {
        return new ItemTouch();
    }

    @Override
    public void serialize(ItemTouch t, DataOutputView out) throws IOException {
        Fields.writeString(t.itemId, out);
        out.writeDouble(t.countDelta);
        out.writeInt(t.epoch);
        out.writeDouble(t.trendDelta);
        out.writeInt(t.trendEpoch);
        Fields.writeStrings(t.others, out);
        Fields.writeDoubles(t.sym, out);
        Fields.writeDoubles(t.fwd, out);
        out.writeLong(t.sourceTime);
    }

    @Override
    public ItemTouch deserialize(DataInputView in) throws IOException {
        ItemTouch t = new ItemTouch();
        t.itemId = Fields.readString(in);
        t.countDelta = in.readDouble();
        t.epoch = in.readInt();
        t.trendDelta = in.readDouble();
        t.trendEpoch = in.readInt();
        t.others = Fields.readStrings(in);
        t.sym = Fields.readDoubles(in);
        t.fwd = Fields.readDoubles(in);
        t.sourceTime = in.readLong();
        return t;
    }

    @Override
    public TypeSerializerSnapshot<ItemTouch> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer; a new layout needs a new snapshot version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<ItemTouch> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
