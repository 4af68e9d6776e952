package org.streamrec.engine.testing;

import org.streamrec.config.EngineConfig;
import org.streamrec.engine.job.JourneysGraph;
import org.streamrec.engine.job.ReplenishmentGraph;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.BusinessRule;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/** Bounded event streams for graph tests on a MiniCluster. */
public final class EventStreams {
    private EventStreams() {}

    /** An environment with Kryo disabled, so any type that would fall back to it fails the job. */
    public static StreamExecutionEnvironment withoutKryo(int parallelism) {
        Configuration noKryo = new Configuration();
        noKryo.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(noKryo);
        env.setParallelism(parallelism);
        return env;
    }

    /** The events, stamped with their event time, spread over the parallel tasks; user events and catalogue updates apart. */
    public static Split split(StreamExecutionEnvironment env, List<Event> input, WatermarkStrategy<Event> watermarks) {
        DataStream<Event> all = env.fromData(input, TypeInformation.of(Event.class))
                .assignTimestampsAndWatermarks(watermarks.withTimestampAssigner((e, previous) -> e.eventTime))
                .rebalance();
        return new Split(all.filter(e -> e.type != EventType.CATALOGUE_UPDATE), all.filter(e -> e.type == EventType.CATALOGUE_UPDATE));
    }

    public record Split(DataStream<Event> userEvents, DataStream<Event> catalogueUpdates) {
        /**
         * The journeys graph over these events as the job attaches it, with the replenishment's
         * predictions, and for the offers each catalogue update as the card the item side would
         * publish (its facts only) and the given rules (or none).
         */
        public JourneysGraph.Journeys journeys(DataStream<BusinessRule> rules, DataStream<ItemInterest> viewInterests,
                                               EngineConfig config) {
            ReplenishmentGraph.Predictions predictions = ReplenishmentGraph.predict(userEvents, catalogueUpdates, config);
            DataStream<SharedUpdate> shared = catalogueUpdates.map(EventStreams::card).map(SharedUpdate::of);
            if (rules != null) shared = shared.union(rules.map(SharedUpdate::of));
            return JourneysGraph.attach(new JourneysGraph.Inputs(userEvents, catalogueUpdates, predictions.purchases(), shared,
                    viewInterests), config);
        }
    }

    /** A catalogue update as the card of its item's facts (versioned by event time; an update names only what changed). */
    private static ItemCard card(Event update) {
        ItemCard card = new ItemCard();
        card.itemId = update.itemId;
        card.version = update.eventTime;
        card.category = update.category;
        card.price = update.price;
        card.stock = update.stock;
        return card;
    }
}
