package org.streamrec.engine.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.OrderLine;

/** Every field of the job's hot records survives its hand-written serializer, and so does null wherever a field can hold it. */
class MessageSerializersTest {

    @Test
    void itemTouch() throws Exception {
        EveryField.roundTrips(ItemTouchSerializer.INSTANCE, ItemTouch.class);
    }

    @Test
    void pairUpdate() throws Exception {
        EveryField.roundTrips(PairUpdateSerializer.INSTANCE, PairUpdate.class);
        PairUpdate noCount = new PairUpdate();
        assertEquals(Double.NaN, EveryField.roundTrip(PairUpdateSerializer.INSTANCE, noCount).count, "NaN: no count");
    }

    @Test
    void rankRequest() throws Exception {
        EveryField.roundTrips(RankRequestSerializer.INSTANCE, RankRequest.class);
    }

    @Test
    void event() throws Exception {
        EveryField.roundTrips(EventSerializer.INSTANCE, Event.class);
        for (EventType type : EventType.values()) {
            Event e = new Event();
            e.type = type;
            assertEquals(type, EveryField.roundTrip(EventSerializer.INSTANCE, e).type);
        }
        Event withGap = new Event();
        withGap.lines = new ArrayList<>(Arrays.asList(new OrderLine("a", 2, 1.5), null));
        assertNull(EveryField.roundTrip(EventSerializer.INSTANCE, withGap).lines.get(1), "a null order line stays null");
    }

    @Test
    void sharedUpdateWithACardOrARule() throws Exception {
        EveryField.roundTrips(SharedUpdateSerializer.INSTANCE, SharedUpdate.class);
        for (SharedUpdate u : new SharedUpdate[] {SharedUpdate.of(EveryField.filled(ItemCard.class)),
                SharedUpdate.of(EveryField.filled(BusinessRule.class))}) {
            assertEquals(EveryField.describe(u), EveryField.describe(EveryField.roundTrip(SharedUpdateSerializer.INSTANCE, u)));
        }
    }
}
