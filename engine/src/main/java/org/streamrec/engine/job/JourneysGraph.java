package org.streamrec.engine.job;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.messages.JourneyInput;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.operators.AttachOffers;
import org.streamrec.engine.operators.ContactFunction;
import org.streamrec.engine.operators.TrackShoppers;
import org.streamrec.engine.operators.WatchItems;
import org.streamrec.engine.replenish.PurchaseObservation;
import org.streamrec.engine.job.ReplenishmentGraph;
import org.streamrec.engine.journeys.ShopperJourneys;
import org.streamrec.engine.journeys.RepeatedViews;

/**
 * Everything the engine sends shoppers, through one contact step. Each step reads only the events it
 * needs, so the full stream pays no shuffle here beyond the ones the job already has:
 * <pre>
 *  carts, favourites, purchases, incidents, forget_user (+ repeated-view interests) --by user--> [shoppers]
 *        [shoppers] --interests and their ends--+
 *  catalogue updates (price, stock) ------------+--by item--> [item watchers]
 *  purchases with statistics (ReplenishmentGraph.predict) --------------------------------+
 *  consent, forget_user ------------------------------------------------------------------+
 *        [shoppers] abandoned cart, apology ----------------------------------------------+
 *        [item watchers] price drop, back in stock -------------------------------------+--by user--> [contact step]
 *        [contact step] --> reminders
 *        [contact step] --messages--> [offers: item cards and rules, as the rankings get them] --> messages
 * </pre>
 * Every keyed step handles its records in event-time order, so which messages go out, and their ids,
 * are the same in every run over the same input; an offer's item is chosen from the item cards and
 * the rules as they are known when the message leaves.
 */
public final class JourneysGraph {
    private JourneysGraph() {}

    /**
     * @param userEvents every user event type but catalogue updates, time-stamped with watermarks, not keyed
     * @param catalogueUpdates catalogue_update events, with watermarks (an idle stream needs idleness)
     * @param purchases every purchased item with its statistics ({@link ReplenishmentGraph#predict}), for reminders
     * @param shared what the rankings are sent (item cards and business rules), for the messages' offers
     * @param viewInterests interests from repeated views ({@link RepeatedViews}, run by the user profile), or null
     */
    public record Inputs(DataStream<Event> userEvents, DataStream<Event> catalogueUpdates,
                         DataStream<PurchaseObservation> purchases, DataStream<SharedUpdate> shared,
                         DataStream<ItemInterest> viewInterests) {}

    /**
     * @param reminders replenishment reminders, each stamped with the event time it was sent at
     * @param messages triggered offers, with their offer
     */
    public record Journeys(DataStream<Reminder> reminders, DataStream<Message> messages) {}

    public static Journeys attach(Inputs in, EngineConfig config) {
        // Events without a user id cannot be keyed; the ingest contract rules them out, this keeps the job alive.
        DataStream<JourneyInput> shopperInput = in.userEvents()
                .filter(e -> e.userId != null && ShopperJourneys.reads(e.type)).name("journeys: carts, favourites, purchases, incidents")
                .uid("journeys-shopper-events")
                .map(JourneyInput::of).name("journeys: shopper events as input").uid("journeys-shopper-events-input");
        if (in.viewInterests() != null) {
            shopperInput = shopperInput.union(in.viewInterests().map(JourneyInput::of)
                    .name("journeys: view interests as input").uid("journeys-view-interests-input"));
        }
        SingleOutputStreamOperator<ContactInput> shopperOffers = shopperInput
                .keyBy(JourneyInput::userId)
                .process(new TrackShoppers(config.triggers(), config.profile()))
                .name("journeys: shoppers by user").uid("journeys-shoppers");

        DataStream<ContactInput> itemOffers = in.catalogueUpdates()
                .filter(e -> e.itemId != null && (e.price != null || e.stock != null))
                .name("journeys: price and stock updates").uid("journeys-catalogue")
                .map(JourneyInput::of).name("journeys: catalogue as input").uid("journeys-catalogue-input")
                .union(shopperOffers.getSideOutput(TrackShoppers.ITEM_INTERESTS).map(JourneyInput::of)
                        .name("journeys: interests as input").uid("journeys-interests-input"))
                .keyBy(JourneyInput::itemId)
                .process(new WatchItems(config.triggers()))
                .name("journeys: item watchers by item").uid("journeys-items");

        SingleOutputStreamOperator<Reminder> contact = in.userEvents()
                .filter(e -> e.userId != null && (e.type == EventType.CONSENT || e.type == EventType.FORGET_USER))
                .name("contact: consent, forget_user").uid("contact-events")
                .map(ContactInput::of).name("contact: events as input").uid("contact-events-input")
                .union(in.purchases().map(ContactInput::of).name("contact: purchases").uid("contact-purchases"),
                        shopperOffers, itemOffers)
                .keyBy(ContactInput::userId)
                .process(new ContactFunction(config.contact(), config.reminders()))
                .name("contact step by user").uid("contact-step");

        DataStream<Message> messages = contact.getSideOutput(ContactFunction.MESSAGES)
                .connect(in.shared().broadcast())
                .transform("messages: offers", TypeInformation.of(Message.class), new AttachOffers(config.offer()))
                .uid("messages-offers");
        return new Journeys(contact, messages);
    }
}
