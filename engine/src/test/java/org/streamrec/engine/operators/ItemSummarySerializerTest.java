package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.similarity.ItemSummary;
import org.streamrec.engine.similarity.TopEntry;

class ItemSummarySerializerTest {
    private final ItemSummarySerializer serializer = ItemSummarySerializer.INSTANCE;

    private static ItemSummary summary() {
        ItemSummary s = new ItemSummary();
        s.count = 12.5;
        s.epoch = -3;
        s.tracked = 3;
        s.version = 1L << 40;
        s.top.add(new TopEntry("i-1", 2.25, 1.5, 7, 0.75));
        s.top.add(new TopEntry("ü-2", 0.5, 0, 1e-9, 1e300));
        return s;
    }

    private static String text(ItemSummary s) {
        StringBuilder b = new StringBuilder().append(s.count).append('/').append(s.epoch).append('/').append(s.tracked)
                .append('/').append(s.version);
        for (TopEntry e : s.top) {
            b.append('/').append(e.itemId).append(':').append(e.sym).append(':').append(e.fwd).append(':').append(e.otherCount)
                    .append(':').append(e.rank);
        }
        return b.toString();
    }

    private ItemSummary roundTrip(ItemSummary s) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(s, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void roundTripsEveryField() throws Exception {
        assertEquals(text(summary()), text(roundTrip(summary())));
        assertEquals(text(new ItemSummary()), text(roundTrip(new ItemSummary())));
    }

    @Test
    void copiesDeeply() {
        ItemSummary original = summary();
        ItemSummary copy = serializer.copy(original);
        assertEquals(text(original), text(copy));
        assertNotSame(original.top.get(0), copy.top.get(0));
    }

    @Test
    void copiesSerializedBytes() throws Exception {
        DataOutputSerializer first = new DataOutputSerializer(64);
        serializer.serialize(summary(), first);
        DataOutputSerializer second = new DataOutputSerializer(64);
        serializer.copy(new DataInputDeserializer(first.getCopyOfBuffer()), second);
        assertEquals(first.length(), second.length());
        assertEquals(text(summary()), text(serializer.deserialize(new DataInputDeserializer(second.getCopyOfBuffer()))));
    }

    @Test
    void aRestoredSnapshotIsCompatibleAsIs() throws Exception {
        TypeSerializerSnapshot<ItemSummary> snapshot = serializer.snapshotConfiguration();
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
        TypeSerializerSnapshot<ItemSummary> restored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
        assertTrue(serializer.snapshotConfiguration().resolveSchemaCompatibility(restored).isCompatibleAsIs());
    }
}
