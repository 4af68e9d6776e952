package org.streamrec.engine.serialization;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.streamrec.engine.messages.PairUpdate;

/** {@link PairUpdate}, field by field. */
public final class PairUpdateSerializer extends ExplicitSerializer<PairUpdate> {
    public static final PairUpdateSerializer INSTANCE = new PairUpdateSerializer();

    @Override
    public PairUpdate createInstance() {
        return new PairUpdate();
    }

    @Override
    public void serialize(PairUpdate u, DataOutputView out) throws IOException {
        Fields.writeString(u.itemId, out);
        out.writeInt(u.epoch);
        out.writeDouble(u.count);
        out.writeDouble(u.trend);
        out.writeInt(u.trendEpoch);
        Fields.writeStrings(u.others, out);
        Fields.writeDoubles(u.sym, out);
        Fields.writeDoubles(u.fwd, out);
        Fields.writeDoubles(u.otherCount, out);
        out.writeLong(u.sourceTime);
    }

    @Override
    public PairUpdate deserialize(DataInputView in) throws IOException {
        PairUpdate u = new PairUpdate();
        u.itemId = Fields.readString(in);
        u.epoch = in.readInt();
        u.count = in.readDouble();
        u.trend = in.readDouble();
        u.trendEpoch = in.readInt();
        u.others = Fields.readStrings(in);
        u.sym = Fields.readDoubles(in);
        u.fwd = Fields.readDoubles(in);
        u.otherCount = Fields.readDoubles(in);
        u.sourceTime = in.readLong();
        return u;
    }

    @Override
    public TypeSerializerSnapshot<PairUpdate> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer; a new layout needs a new snapshot version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<PairUpdate> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
