package org.streamrec.engine.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Set;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/** The rule can live in Flink keyed state as a POJO, without Kryo. */
class RecentItemsExclusionStateTest {

    @Test
    void roundTripsThroughThePojoSerializerWithGenericTypesDisabled() throws Exception {
        TypeInformation<RecentItemsExclusion> info = TypeInformation.of(RecentItemsExclusion.class);
        assertInstanceOf(PojoTypeInfo.class, info);
        SerializerConfigImpl noKryo = new SerializerConfigImpl();
        noKryo.setGenericTypes(false);
        TypeSerializer<RecentItemsExclusion> serializer = info.createSerializer(noKryo);

        RecentItemsExclusion rule = new RecentItemsExclusion(2);
        for (String item : new String[] {"a", "b", "c"}) {
            Event e = new Event();
            e.type = EventType.VIEW;
            e.itemId = item;
            rule.observe(e);
        }
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(rule, out);
        RecentItemsExclusion restored = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertEquals(Set.of("b", "c"), restored.excludedItems());
        assertEquals(rule.eventsSeen, restored.eventsSeen);
        assertEquals(2, restored.lastEvents);
    }
}
