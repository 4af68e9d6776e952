package org.streamrec.engine.job;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.types.Either;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.job.JourneysGraph;
import org.streamrec.engine.messages.ItemTrait;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.operators.EventTimeOrderedFunction;
import org.streamrec.engine.operators.PurchaseIntervalFunction;
import org.streamrec.engine.operators.LearnReplenishability;
import org.streamrec.engine.operators.ItemPriorFunction;
import org.streamrec.engine.operators.CategoryPriorFunction;
import org.streamrec.engine.replenish.PurchaseObservation;

/**
 * The replenishment part of the job graph, with no loop and no operator that sees all users or all
 * items: it learns repurchase cycles and hands each purchase, with what the repurchase model needs,
 * to the contact step ({@link JourneysGraph}), which schedules and sends the reminders under the
 * shared contact policy.
 * <pre>
 *  user events --purchases, forget_user--> [by user: purchase intervals]
 *        |                                        | observations
 *        |              catalogue updates --> [by item: item statistics, catalogue flag and category]
 *        |                                        |                      \ (no category)
 *        |                                 [by category: category statistics]  |
 *        |                                        |                      /
 *        |                                   purchases with statistics --> contact step (reminders)
 *        +--consent, forget_user-----------------------------------------> contact step
 * </pre>
 * Every keyed step handles its records in event-time order (see {@link EventTimeOrderedFunction}),
 * so the reminders, their ids included, are the same in every run over the same input.
 */
public final class ReplenishmentGraph {
    private ReplenishmentGraph() {}

    /**
     * Learns repurchase cycles.
     *
     * @param userEvents every user event type but catalogue updates, time-stamped with watermarks, not keyed
     * @param catalogueUpdates catalogue_update events, not keyed, with watermarks
     */
    public static Predictions predict(DataStream<Event> userEvents, DataStream<Event> catalogueUpdates, EngineConfig config) {
        TypeInformation<Either<Event, PurchaseObservation>> mixed = ItemPriorFunction.INPUT_TYPE;

        DataStream<PurchaseObservation> observations = userEvents
                .filter(e -> e.userId != null && (e.type == EventType.PURCHASE || e.type == EventType.FORGET_USER))
                .name("replenish: purchases and forget_user").uid("replenish-purchases")
                .keyBy(e -> e.userId)
                .process(new PurchaseIntervalFunction(config.reminders().maxItemsPerUser()))
                .name("replenish: purchase intervals by user").uid("replenish-intervals");

        DataStream<PurchaseObservation> withItem = catalogueUpdates
                .filter(e -> e.itemId != null).name("replenish: catalogue updates").uid("replenish-catalogue")
                .map(Either::<Event, PurchaseObservation>Left).returns(mixed).name("replenish: catalogue as input").uid("replenish-catalogue-left")
                .union(observations.map(Either::<Event, PurchaseObservation>Right).returns(mixed)
                        .name("replenish: observation as input").uid("replenish-observations-right"))
                .keyBy(ItemPriorFunction::key)
                .process(new ItemPriorFunction())
                .name("replenish: item statistics").uid("replenish-item-stats");

        DataStream<PurchaseObservation> withCategory = withItem
                .filter(o -> o.category != null).name("replenish: categorised").uid("replenish-categorised")
                .keyBy(o -> o.category)
                .process(new CategoryPriorFunction())
                .name("replenish: category statistics").uid("replenish-category-stats")
                .union(withItem.filter(o -> o.category == null).name("replenish: uncategorised").uid("replenish-uncategorised"));

        DataStream<ItemTrait> traits = withCategory
                .keyBy(o -> o.itemId)
                .process(new LearnReplenishability(config.reminders()))
                .name("replenish: learned replenishability").uid("replenish-learned-traits");
        return new Predictions(withCategory, traits);
    }

    /** Every purchased item with the statistics its reminder needs, and what purchases taught about items. */
    public record Predictions(DataStream<PurchaseObservation> purchases, DataStream<ItemTrait> traits) {}
}
