package org.streamrec.engine.serialization;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.streamrec.engine.messages.ItemTouch;
import org.streamrec.engine.messages.PairUpdate;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.Event;

/** The types of the streams that carry records across the network on every event, each with its hand-written serializer. */
public final class MessageTypes {
    public static final TypeInformation<Event> EVENT = new ExplicitTypeInfo<>(Event.class, EventSerializer.INSTANCE);
    public static final TypeInformation<ItemTouch> ITEM_TOUCH = new ExplicitTypeInfo<>(ItemTouch.class, ItemTouchSerializer.INSTANCE);
    public static final TypeInformation<PairUpdate> PAIR_UPDATE = new ExplicitTypeInfo<>(PairUpdate.class, PairUpdateSerializer.INSTANCE);
    public static final TypeInformation<RankRequest> RANK_REQUEST = new ExplicitTypeInfo<>(RankRequest.class, RankRequestSerializer.INSTANCE);
    public static final TypeInformation<SharedUpdate> SHARED_UPDATE = new ExplicitTypeInfo<>(SharedUpdate.class, SharedUpdateSerializer.INSTANCE);

    private MessageTypes() {}
}
