package org.streamrec.engine.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.filter.ImpressionLog;
import org.streamrec.engine.messages.ItemActivity;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.ItemFact;
import org.streamrec.engine.messages.ItemPopularity;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.trending.TrendingList;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.profile.UserState;
import org.streamrec.engine.ranking.CatalogueItem;
import org.streamrec.engine.similarity.ItemCount;
import org.streamrec.engine.similarity.PairStats;
import org.streamrec.engine.trending.TopItems;
import org.streamrec.engine.trending.WindowedCount;

/** The job's state and message types are Flink POJOs that serialise without Kryo, as the job requires. */
class StateTypesTest {
    private static <T> TypeSerializer<T> noKryoSerializer(Class<T> type) {
        TypeInformation<T> info = TypeInformation.of(type);
        assertInstanceOf(PojoTypeInfo.class, info, type.getSimpleName());
        SerializerConfigImpl noKryo = new SerializerConfigImpl();
        noKryo.setGenericTypes(false);
        return info.createSerializer(noKryo);
    }

    private static <T> T roundTrip(Class<T> type, T value) throws Exception {
        TypeSerializer<T> serializer = noKryoSerializer(type);
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void impressionLogRoundTrips() throws Exception {
        ImpressionLog log = new ImpressionLog();
        log.shown(List.of("a", "b"), 10, 2, 5);
        log.shown(List.of("a"), 20, 2, 5);
        assertEquals(Set.of("a"), roundTrip(ImpressionLog.class, log).suppressed(30, 2, 100));
    }

    @Test
    void trendingStateRoundTrips() throws Exception {
        WindowedCount count = new WindowedCount();
        count.add(5, 10, 3);
        assertEquals(1, roundTrip(WindowedCount.class, count).countAt(5, 10, 3));
        TopItems top = new TopItems();
        top.update("x", 4, 3);
        assertEquals("x", roundTrip(TopItems.class, top).items.get(0).itemId);
    }

    @Test
    void userStateRoundTrips() throws Exception {
        UserState user = new UserState(2);
        Event view = new Event();
        view.eventId = "e1";
        view.type = EventType.VIEW;
        view.userId = "u";
        view.itemId = "a";
        view.eventTime = 10;
        user.eventIds.isDuplicate("e1", 10, 1000, 10);
        user.profile.record(view, org.streamrec.config.ConfigLoader.defaults().profile(), org.streamrec.config.ConfigLoader.defaults().similarity());
        UserState back = roundTrip(UserState.class, user);
        assertEquals(Set.of("a"), back.profile.items.keySet());
        assertEquals(Set.of("a"), back.profile.justSeen.excludedItems());
        assertEquals(true, back.eventIds.isDuplicate("e1", 11, 1000, 10));
    }

    @Test
    void messagesAndItemStateArePojos() {
        for (Class<?> type : List.of(ItemActivity.class, ItemPopularity.class, TrendingList.class, SharedUpdate.class,
                BusinessRule.class, RankRequest.class, ItemTouch.class, PairUpdate.class, ItemCard.class, ItemFact.class,
                ItemCount.class, PairStats.class, CatalogueItem.class)) {
            noKryoSerializer(type);
        }
    }
}
