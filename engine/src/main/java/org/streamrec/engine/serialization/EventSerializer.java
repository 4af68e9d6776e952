package org.streamrec.engine.serialization;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/** {@link Event}, field by field; the type as its ordinal (+1, 0 for none), order lines as item, quantity, price. */
public final class EventSerializer extends ExplicitSerializer<Event> {
    public static final EventSerializer INSTANCE = new EventSerializer();
    private static final EventType[] TYPES = EventType.values();

    @Override
    public Event createInstance() {
        return new Event();
    }

    @Override
    public void serialize(Event e, DataOutputView out) throws IOException {
        Fields.writeString(e.eventId, out);
        out.writeByte(e.type == null ? 0 : e.type.ordinal() + 1);
        Fields.writeString(e.userId, out);
        Fields.writeString(e.anonymousId, out);
        Fields.writeString(e.mergedFrom, out);
        out.writeLong(e.eventTime);
        Fields.writeString(e.channel, out);
        Fields.writeString(e.itemId, out);
        Fields.writeString(e.category, out);
        Fields.writeString(e.query, out);
        Fields.writeString(e.orderId, out);
        Fields.writeString(e.incident, out);
        writeLines(e.lines, out);
        out.writeInt(e.rating);
        Fields.writeString(e.text, out);
        Fields.writeDouble(e.price, out);
        Fields.writeInteger(e.stock, out);
        Fields.writeString(e.brand, out);
        Fields.writeBoolean(e.replenishable, out);
        Fields.writeBoolean(e.granted, out);
        Fields.writeString(e.timeZone, out);
        Fields.writeStringList(e.items, out);
    }

    @Override
    public Event deserialize(DataInputView in) throws IOException {
        Event e = new Event();
        e.eventId = Fields.readString(in);
        int type = in.readByte();
        e.type = type == 0 ? null : TYPES[type - 1];
        e.userId = Fields.readString(in);
        e.anonymousId = Fields.readString(in);
        e.mergedFrom = Fields.readString(in);
        e.eventTime = in.readLong();
        e.channel = Fields.readString(in);
        e.itemId = Fields.readString(in);
        e.category = Fields.readString(in);
        e.query = Fields.readString(in);
        e.orderId = Fields.readString(in);
        e.incident = Fields.readString(in);
        e.lines = readLines(in);
        e.rating = in.readInt();
        e.text = Fields.readString(in);
        e.price = Fields.readDouble(in);
        e.stock = Fields.readInteger(in);
        e.brand = Fields.readString(in);
        e.replenishable = Fields.readBoolean(in);
        e.granted = Fields.readBoolean(in);
        e.timeZone = Fields.readString(in);
        e.items = Fields.readStringList(in);
        return e;
    }

    private static void writeLines(List<OrderLine> lines, DataOutputView out) throws IOException {
        if (!Fields.writeLength(lines == null ? -1 : lines.size(), out)) return;
        for (OrderLine line : lines) {
            out.writeBoolean(line != null);
            if (line == null) continue;
            Fields.writeString(line.itemId, out);
            out.writeInt(line.quantity);
            out.writeDouble(line.unitPrice);
        }
    }

    private static List<OrderLine> readLines(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        List<OrderLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lines.add(in.readBoolean() ? new OrderLine(Fields.readString(in), in.readInt(), in.readDouble()) : null);
        return lines;
    }

    @Override
    public TypeSerializerSnapshot<Event> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer; a new layout (or a new event type before the last) needs a new snapshot version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Event> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
