package org.streamrec.engine.serialization;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.streamrec.engine.messages.RankRequest;

/** {@link RankRequest}, field by field. */
public final class RankRequestSerializer extends ExplicitSerializer<RankRequest> {
    public static final RankRequestSerializer INSTANCE = new RankRequestSerializer();

    @Override
    public RankRequest createInstance() {
        return new RankRequest();
    }

    @Override
    public void serialize(RankRequest r, DataOutputView out) throws IOException {
        Fields.writeString(r.userId, out);
        Fields.writeString(r.triggerEventId, out);
        out.writeLong(r.eventTime);
        Fields.writeString(r.variant, out);
        out.writeBoolean(r.forget);
        Fields.writeStrings(r.seeds, out);
        Fields.writeDoubles(r.seedWeights, out);
        Fields.writeStrings(r.seedActions, out);
        Fields.writeStrings(r.repeats, out);
        Fields.writeDoubles(r.repeatAffinities, out);
        Fields.writeInts(r.repeatPurchases, out);
        out.writeDouble(r.returnShare);
        Fields.writeStrings(r.newItems, out);
        Fields.writeStrings(r.exclude, out);
        Fields.writeStrings(r.bought, out);
    }

    @Override
    public RankRequest deserialize(DataInputView in) throws IOException {
        RankRequest r = new RankRequest();
        r.userId = Fields.readString(in);
        r.triggerEventId = Fields.readString(in);
        r.eventTime = in.readLong();
        r.variant = Fields.readString(in);
        r.forget = in.readBoolean();
        r.seeds = Fields.readStrings(in);
        r.seedWeights = Fields.readDoubles(in);
        r.seedActions = Fields.readStrings(in);
        r.repeats = Fields.readStrings(in);
        r.repeatAffinities = Fields.readDoubles(in);
        r.repeatPurchases = Fields.readInts(in);
        r.returnShare = in.readDouble();
        r.newItems = Fields.readStrings(in);
        r.exclude = Fields.readStrings(in);
        r.bought = Fields.readStrings(in);
        return r;
    }

    @Override
    public TypeSerializerSnapshot<RankRequest> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer; a new layout needs a new snapshot version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<RankRequest> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
