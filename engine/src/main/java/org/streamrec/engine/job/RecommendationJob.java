package org.streamrec.engine.job;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.state.rocksdb.RocksDBConfigurableOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.config.EngineConfig;
import org.streamrec.config.SimilarityConfig;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.messages.ItemFact;
import org.streamrec.engine.messages.RankRequest;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.operators.BundleOperator;
import org.streamrec.engine.operators.CountItems;
import org.streamrec.engine.operators.MergePairUpdates;
import org.streamrec.engine.operators.MergeTouches;
import org.streamrec.engine.operators.RankRecommendations;
import org.streamrec.engine.operators.RouteDeadLetters;
import org.streamrec.engine.operators.RouteRules;
import org.streamrec.engine.operators.UpdateNeighbours;
import org.streamrec.engine.operators.UpdateUserProfile;
import org.streamrec.engine.job.ReplenishmentGraph;
import org.streamrec.engine.serialization.MessageTypes;

/**
 * The whole engine as one Flink job graph. Read top to bottom, it is the design:
 *
 * <pre>
 *  events ─► route dead letters ──────────────────────────────────────────────────► dead-letter sink
 *   │                                                  rules ─► route rule dead letters ─┐
 *   ├─ user events ─► identity (IdentityGraph: only anonymous, identify, forget_user; the rest bypass)
 *   │    ─ keyBy(user) ─► USER PROFILE (dedup, profile, views per item, impressions, intent: one value)
 *   │      │  intent alerts ─────────────────────────────────────────────────────────────► alerts sink
 *   │      │  rank requests ── forward ──────────────────────────────► RANK ─► recommendations sink
 *   │      │                                                           ▲ (local item index, boards, rules)
 *   │      │  item touches ─► bundle ─ keyBy(item) ─► COUNT ITEMS      │ broadcast
 *   │      │       pair updates ─► bundle ─ keyBy(item) ─► ITEM NEIGHBOURS ─ cards ─┤
 *   │      ├─ deduplicated events ─► replenishment (ReplenishmentGraph)           │
 *   │      │                           └─ learned replenishability ─┐              │
 *   └──────┼─ catalogue updates ────────────────────────────────────┴─► ITEM NEIGHBOURS
 *          └─ carts, favourites, purchases, incidents, consent, repeated views,  │ cards, rules
 *             catalogue updates, purchases with statistics ─► journeys (JourneysGraph: triggers,
 *             item watchers, one CONTACT step, offers) ─► reminders sink, messages sink
 *
 *  lists, deduplicated events (both still partitioned by user), reminders ─► ATTRIBUTION ─► attributions sink
 * </pre>
 *
 * The serving path (user profile -> rank) touches keyed state once per event and waits for nothing:
 * learning flows around it in bundles and reaches the rankings as published item cards, which also
 * carry each item's trending and long-run engagement for the rankings' boards. Everything with state
 * is keyed, by user or item, so parallelism scales it out; each ranking instance holds a compact copy
 * of the item cards (docs/benchmarks.md).
 */
public final class RecommendationJob {
    private RecommendationJob() {}

    /**
     * Flink settings the engine needs: streaming, exactly-once RocksDB checkpoints (incremental), no
     * Kryo, low buffer timeout. Deployments check the cluster honours them (connectors' RequiredSettings).
     */
    public static Configuration flinkConfiguration(EngineConfig config) {
        Configuration conf = new Configuration();
        conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
        conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
        conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
        // A pair counter is read before every update and a new pair's read misses: without a filter,
        // a miss searches every SST file.
        conf.set(RocksDBConfigurableOptions.USE_BLOOM_FILTER, true);
        // Every keyed operator has its own RocksDB, but their background threads are one pool per
        // process, and Flink's default of 2 jobs leaves it one flush thread: at a checkpoint all
        // instances queue their memtable flushes on it while their tasks wait. 8 gives two.
        conf.set(RocksDBConfigurableOptions.MAX_BACKGROUND_THREADS, 8);
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, config.runtime().checkpointDir());
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, config.runtime().checkpointInterval());
        conf.set(CheckpointingOptions.ENABLE_UNALIGNED, config.runtime().unalignedCheckpoints());
        conf.set(CheckpointingOptions.FORCE_UNALIGNED, false);
        // The serving path's own, shorter timeout is set in assemble (servingPath).
        conf.set(ExecutionOptions.BUFFER_TIMEOUT, config.runtime().learningBufferTimeout());
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        return conf;
    }

    /** Adds the engine's operators between {@code io}'s source and sinks. */
    public static void assemble(StreamExecutionEnvironment env, EngineConfig config, JobIO io) {
        env.setParallelism(config.runtime().parallelism());
        SimilarityConfig similarity = config.similarity();

        SingleOutputStreamOperator<Event> events = env
                .fromSource(io.events(), watermarks(config), "events").uid("events-source")
                .process(new RouteDeadLetters()).returns(MessageTypes.EVENT).name("route dead letters").uid("route-dead-letters");
        DataStream<DeadLetter> deadLetters = events.getSideOutput(RouteDeadLetters.DEAD_LETTERS);
        DataStream<SharedUpdate> ruleUpdates = null;
        if (io.rules() != null) {
            SingleOutputStreamOperator<BusinessRule> rules = env
                    .fromSource(io.rules(), ruleWatermarks(config), "business rules").uid("rules-source")
                    .process(new RouteRules()).name("route rule dead letters").uid("route-rule-dead-letters");
            // The side output is the routing operator's: the map after it has none.
            deadLetters = deadLetters.union(rules.getSideOutput(RouteDeadLetters.DEAD_LETTERS));
            ruleUpdates = rules.map(SharedUpdate::of).returns(MessageTypes.SHARED_UPDATE).name("rules").uid("rules");
        }
        deadLetters.sinkTo(io.deadLetters()).name("dead-letter sink").uid("dead-letter-sink");

        DataStream<Event> catalogueUpdates = events
                .filter(e -> e.type == EventType.CATALOGUE_UPDATE).name("catalogue updates").uid("catalogue-updates");

        DataStream<Event> resolved = IdentityGraph.attach(events
                .filter(e -> e.type != EventType.CATALOGUE_UPDATE).name("user events").uid("user-events"), config.identity());
        SingleOutputStreamOperator<RankRequest> requests = resolved
                .keyBy(e -> e.userId)
                .transform("user profile", MessageTypes.RANK_REQUEST, new UpdateUserProfile(config))
                .uid("user-profile");
        servingPath(requests.getTransformation(), config.runtime().bufferTimeout().toMillis(), new HashSet<>());
        DataStream<Event> userEvents = requests.getSideOutput(UpdateUserProfile.USER_EVENTS);

        requests.getSideOutput(UpdateUserProfile.INTENT_ALERTS).sinkTo(io.alerts()).name("alerts sink").uid("alerts-sink");
        ReplenishmentGraph.Predictions replenishment = ReplenishmentGraph.predict(userEvents, catalogueUpdates, config);

        DataStream<ItemFact> itemFacts = catalogueUpdates.map(ItemFact::of).name("catalogue facts").uid("catalogue-facts")
                .union(replenishment.traits().map(ItemFact::of).name("learned facts").uid("learned-facts"));
        DataStream<ItemCard> cards = requests.getSideOutput(UpdateUserProfile.ITEM_TOUCHES)
                .transform("bundle item touches", MessageTypes.ITEM_TOUCH, new BundleOperator<>(new MergeTouches(),
                        similarity.bundleSize(), similarity.bundleInterval().toMillis())).uid("bundle-item-touches")
                .keyBy(t -> t.itemId)
                .process(new CountItems()).name("count items").uid("count-items")
                .transform("bundle pair updates", MessageTypes.PAIR_UPDATE, new BundleOperator<>(new MergePairUpdates(),
                        similarity.bundleSize(), similarity.bundleInterval().toMillis())).uid("bundle-pair-updates")
                .keyBy(u -> u.itemId)
                .connect(itemFacts.keyBy(ItemFact::itemId))
                .transform("item neighbours", TypeInformation.of(ItemCard.class), new UpdateNeighbours(similarity))
                .uid("item-neighbours");

        DataStream<SharedUpdate> shared = cards.map(SharedUpdate::of).returns(MessageTypes.SHARED_UPDATE).name("item cards").uid("item-cards");
        if (ruleUpdates != null) shared = shared.union(ruleUpdates);

        DataStream<Recommendation> recommendations = requests.forward()
                .connect(shared.broadcast())
                .transform("rank", TypeInformation.of(Recommendation.class), new RankRecommendations(config.ranking(), config.offer()))
                .uid("rank");
        recommendations.sinkTo(io.recommendations()).name("recommendations sink").uid("recommendations-sink");

        JourneysGraph.Journeys journeys = JourneysGraph.attach(new JourneysGraph.Inputs(userEvents, catalogueUpdates,
                replenishment.purchases(), shared, requests.getSideOutput(UpdateUserProfile.VIEW_INTERESTS)), config);
        journeys.reminders().sinkTo(io.reminders()).name("reminders sink").uid("reminders-sink");
        journeys.messages().sinkTo(io.messages()).name("messages sink").uid("messages-sink");

        AttributionGraph.attach(recommendations, journeys.reminders(), userEvents, config)
                .sinkTo(io.attributions()).name("attributions sink").uid("attributions-sink");
    }

    /**
     * The user profile and everything upstream of it send their network buffers after
     * {@code runtime.bufferTimeout}: a list waits for them. The job's default, for every other path, is
     * the longer {@code runtime.learningBufferTimeout}, since each output with a timeout wakes a
     * flusher thread that often (docs/benchmarks.md).
     */
    private static void servingPath(Transformation<?> t, long bufferTimeoutMillis, Set<Transformation<?>> seen) {
        if (!seen.add(t)) return;
        t.setBufferTimeout(bufferTimeoutMillis);
        for (Transformation<?> input : t.getInputs()) servingPath(input, bufferTimeoutMillis, seen);
    }

    private static WatermarkStrategy<IngestRecord> watermarks(EngineConfig config) {
        Duration lateness = config.runtime().watermarkOutOfOrderness();
        return WatermarkStrategy.<IngestRecord>forBoundedOutOfOrderness(lateness)
                // A dead letter has no event time of its own; its Kafka timestamp (now) would drag the
                // watermark past a replay of older events.
                .withTimestampAssigner((r, kafkaTimestamp) -> r.event != null ? r.event.eventTime : TimestampAssigner.NO_TIMESTAMP)
                .withIdleness(config.runtime().watermarkIdleness());
    }

    /**
     * Rules carry no event time, but their stream joins the item cards on the way to the rankings: as
     * an idle input it holds back no watermark there, and one rule moves it only to the rule's arrival.
     */
    private static WatermarkStrategy<IngestRecord> ruleWatermarks(EngineConfig config) {
        return WatermarkStrategy.<IngestRecord>forMonotonousTimestamps()
                .withTimestampAssigner((r, kafkaTimestamp) -> kafkaTimestamp)
                .withIdleness(config.runtime().watermarkIdleness());
    }
}
