package org.streamrec.engine.operators;

import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.config.OfferConfig;
import org.streamrec.engine.journeys.MessageOffers;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.ranking.CatalogueItem;

/**
 * Not keyed: gives each outgoing message its offer ({@link MessageOffers}), from the catalogue and the
 * business rules as broadcast state. It comes after the contact step, whose event-time timers a
 * rules stream without watermarks would otherwise hold back, so the offer reflects the prices and
 * rules known when the message goes out.
 */
public class AttachOffers extends BroadcastProcessFunction<Message, SharedUpdate, Message> {
    public static final MapStateDescriptor<String, CatalogueItem> CATALOGUE =
            new MapStateDescriptor<>("message-catalogue", Types.STRING, TypeInformation.of(CatalogueItem.class));
    public static final MapStateDescriptor<String, BusinessRule> RULES =
            new MapStateDescriptor<>("message-rules", Types.STRING, TypeInformation.of(BusinessRule.class));

    private final OfferConfig config;

    public AttachOffers(OfferConfig config) {
        this.config = config;
    }

    @Override
    public void processElement(Message m, ReadOnlyContext ctx, Collector<Message> out) throws Exception {
        m.offer = MessageOffers.choose(m, SharedCatalogue.lookup(ctx.getBroadcastState(CATALOGUE)),
                SharedCatalogue.rules(ctx.getBroadcastState(RULES)), config);
        out.collect(m);
    }

    @Override
    public void processBroadcastElement(SharedUpdate update, Context ctx, Collector<Message> out) throws Exception {
        SharedCatalogue.apply(update, ctx.getBroadcastState(CATALOGUE), ctx.getBroadcastState(RULES));
    }
}
