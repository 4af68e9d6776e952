package org.streamrec.engine.operators;

import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.streamrec.config.OfferConfig;
import org.streamrec.engine.journeys.MessageOffers;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.ranking.ItemIndex;

/**
 * Not keyed: gives each outgoing message its offer ({@link MessageOffers}) from the item cards and the
 * business rules, broadcast as the rankings get them. It keeps only the cards' catalogue facts
 * (category, price, stock), not their neighbours. It comes after the contact step, whose event-time
 * timers a broadcast input would otherwise hold back, so the offer reflects the prices and rules
 * known when the message goes out.
 */
public class AttachOffers extends AnswersFromSharedUpdates<Message, Message> {
    private final OfferConfig config;
    private transient ItemIndex catalogue;

    public AttachOffers(OfferConfig config) {
        this.config = config;
    }

    @Override
    public void open() throws Exception {
        super.open();
        catalogue = new ItemIndex();
    }

    @Override
    public void processElement1(StreamRecord<Message> record) {
        Message m = record.getValue();
        m.offer = MessageOffers.choose(m, catalogue, rules(), config);
        output.collect(record);
    }

    @Override
    protected void card(ItemCard card) {
        catalogue.apply(card.facts());
    }
}
