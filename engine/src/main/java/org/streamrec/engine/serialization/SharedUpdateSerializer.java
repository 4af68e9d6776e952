package org.streamrec.engine.serialization;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.BusinessRule;

/** {@link SharedUpdate}: a tag (card, rule, or neither), then the card's or the rule's fields. */
public final class SharedUpdateSerializer extends ExplicitSerializer<SharedUpdate> {
    public static final SharedUpdateSerializer INSTANCE = new SharedUpdateSerializer();
    private static final byte CARD = 1;
    private static final byte RULE = 2;

    @Override
    public SharedUpdate createInstance() {
        return new SharedUpdate();
    }

    @Override
    public void serialize(SharedUpdate u, DataOutputView out) throws IOException {
        out.writeByte((u.card != null ? CARD : 0) | (u.rule != null ? RULE : 0));
        if (u.card != null) writeCard(u.card, out);
        if (u.rule != null) writeRule(u.rule, out);
    }

    @Override
    public SharedUpdate deserialize(DataInputView in) throws IOException {
        byte tag = in.readByte();
        SharedUpdate u = new SharedUpdate();
        if ((tag & CARD) != 0) u.card = readCard(in);
        if ((tag & RULE) != 0) u.rule = readRule(in);
        return u;
    }

    private static void writeCard(ItemCard c, DataOutputView out) throws IOException {
        Fields.writeString(c.itemId, out);
        out.writeLong(c.version);
        Fields.writeStrings(c.neighbours, out);
        Fields.writeFloats(c.similarities, out);
        out.writeDouble(c.trend);
        out.writeInt(c.trendEpoch);
        out.writeDouble(c.popularity);
        out.writeInt(c.popularityEpoch);
        Fields.writeString(c.category, out);
        Fields.writeDouble(c.price, out);
        Fields.writeInteger(c.stock, out);
        Fields.writeBoolean(c.replenishable, out);
        Fields.writeBoolean(c.learnedReplenishable, out);
        out.writeLong(c.sourceTime);
    }

    private static ItemCard readCard(DataInputView in) throws IOException {
        ItemCard c = new ItemCard();
        c.itemId = Fields.readString(in);
        c.version = in.readLong();
        c.neighbours = Fields.readStrings(in);
        c.similarities = Fields.readFloats(in);
        c.trend = in.readDouble();
        c.trendEpoch = in.readInt();
        c.popularity = in.readDouble();
        c.popularityEpoch = in.readInt();
        c.category = Fields.readString(in);
        c.price = Fields.readDouble(in);
        c.stock = Fields.readInteger(in);
        c.replenishable = Fields.readBoolean(in);
        c.learnedReplenishable = Fields.readBoolean(in);
        c.sourceTime = in.readLong();
        return c;
    }

    private static void writeRule(BusinessRule r, DataOutputView out) throws IOException {
        Fields.writeString(r.ruleId, out);
        Fields.writeString(r.scope, out);
        Fields.writeString(r.target, out);
        Fields.writeStringList(r.items, out);
        out.writeDouble(r.weight);
        out.writeBoolean(r.active);
    }

    private static BusinessRule readRule(DataInputView in) throws IOException {
        BusinessRule r = new BusinessRule();
        r.ruleId = Fields.readString(in);
        r.scope = Fields.readString(in);
        r.target = Fields.readString(in);
        r.items = Fields.readStringList(in);
        r.weight = in.readDouble();
        r.active = in.readBoolean();
        return r;
    }

    @Override
    public TypeSerializerSnapshot<SharedUpdate> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer; a new layout needs a new snapshot version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<SharedUpdate> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
