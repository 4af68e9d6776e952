package org.streamrec.engine.job;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.state.rocksdb.RocksDBConfigurableOptions;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.streamrec.config.EngineConfig;
import org.apache.flink.util.Collector;
import org.streamrec.engine.messages.CandidateResponse;
import org.streamrec.engine.messages.ItemActivity;
import org.streamrec.engine.messages.RankContext;
import org.streamrec.engine.messages.RankInput;
import org.streamrec.engine.messages.SharedUpdate;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.IngestRecord;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.operators.CountItems;
import org.streamrec.engine.operators.CountTrending;
import org.streamrec.engine.operators.DeduplicateEvents;
import org.streamrec.engine.operators.RankRecommendations;
import org.streamrec.engine.operators.RankTrending;
import org.streamrec.engine.operators.RouteDeadLetters;
import org.streamrec.engine.operators.RouteRules;
import org.streamrec.engine.operators.UpdateNeighbours;
import org.streamrec.engine.operators.UpdateUserProfile;
import org.streamrec.engine.replenish.ReplenishmentGraph;

/**
 * The whole engine as one Flink job graph. Read top to bottom, it is the design:
 *
 * <pre>
 * source (parse) ─► route dead letters ─────────────────────────────► dead-letter sink
 * rules source (parse) ─► route rule dead letters ─ rules ─ broadcast ──────┐ (and dead-letter sink)
 *      ├─ catalogue updates ─────────────────── broadcast ──────────────────┐
 *      │     └──────────────┐                                               │
 *      │   user events + catalogue ─ keyBy(item) ─► count trending          │
 *      │     count trending ─ keyBy(category) ─► rank trending ─ broadcast ─┤
 *      └─ user events ─ keyBy(user) ─► dedup ─► user profile                │
 *            user profile ─ item touches ─ keyBy(item) ─► count items       │
 *            count items ─ pair/count updates ─ keyBy(item) ─┐              │
 *            user profile ─ candidate requests ─ keyBy(seed) ─┴► item neighbours
 *            user profile ─ rank contexts ─┐                                │
 *            item neighbours ─ answers ────┤                                │
 *            dedup ─ impressions ──────────┴ keyBy(user) ─► rank ◄──────────┘
 *            rank ─► recommendations sink
 *      user events + catalogue updates ─► replenishment (ReplenishmentGraph) ─► reminders sink
 *                                              └─ learned replenishability ─ broadcast ─► rank
 * </pre>
 *
 * Everything is keyed, by user or by item, so no operator holds all users or the similarity matrix.
 */
public final class RecommendationJob {
    private RecommendationJob() {}

    /** Flink settings the engine needs: RocksDB with incremental, aligned checkpoints, no Kryo, low buffer timeout. */
    public static Configuration flinkConfiguration(EngineConfig config) {
        Configuration conf = new Configuration();
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
        // Aligned barriers let the rank keep half-gathered requests on the heap (RankRecommendations).
        conf.set(CheckpointingOptions.ENABLE_UNALIGNED, false);
        conf.set(ExecutionOptions.BUFFER_TIMEOUT, config.runtime().bufferTimeout());
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        return conf;
    }

    /** Adds the engine's operators between {@code io}'s source and sinks. */
    public static void assemble(StreamExecutionEnvironment env, EngineConfig config, JobIO io) {
        env.setParallelism(config.runtime().parallelism());

        SingleOutputStreamOperator<Event> events = env
                .fromSource(io.events(), watermarks(config), "events").uid("events-source")
                .process(new RouteDeadLetters()).name("route dead letters").uid("route-dead-letters");
        DataStream<DeadLetter> deadLetters = events.getSideOutput(RouteDeadLetters.DEAD_LETTERS);
        DataStream<SharedUpdate> ruleUpdates = null;
        if (io.rules() != null) {
            SingleOutputStreamOperator<BusinessRule> rules = env
                    .fromSource(io.rules(), WatermarkStrategy.noWatermarks(), "business rules").uid("rules-source")
                    .process(new RouteRules()).name("route rule dead letters").uid("route-rule-dead-letters");
            deadLetters = deadLetters.union(rules.getSideOutput(RouteDeadLetters.DEAD_LETTERS));
            ruleUpdates = rules.map(SharedUpdate::of).name("rules").uid("rules");
        }
        deadLetters.sinkTo(io.deadLetters()).name("dead-letter sink").uid("dead-letter-sink");

        DataStream<Event> catalogueUpdates = events
                .filter(e -> e.type == EventType.CATALOGUE_UPDATE).name("catalogue updates").uid("catalogue-updates");

        DataStream<Event> userEvents = events
                .filter(e -> e.type != EventType.CATALOGUE_UPDATE).name("user events").uid("user-events")
                .keyBy(e -> e.userId)
                .process(new DeduplicateEvents(config.runtime().dedupWindow().toMillis())).name("dedup").uid("dedup");

        ReplenishmentGraph.Replenishment replenishment = ReplenishmentGraph.attach(userEvents, catalogueUpdates, config);
        replenishment.reminders().sinkTo(io.reminders()).name("reminders sink").uid("reminders-sink");

        DataStream<SharedUpdate> trending = userEvents.union(catalogueUpdates)
                .flatMap((Event e, Collector<ItemActivity> out) -> ItemActivity.of(e).forEach(out::collect))
                .returns(ItemActivity.class).name("item activity").uid("item-activity")
                .keyBy(a -> a.itemId)
                .process(new CountTrending(config.ranking().trending())).name("count trending").uid("count-trending")
                .keyBy(p -> p.board)
                .process(new RankTrending(config.ranking().trending().itemsPerCategory())).name("rank trending").uid("rank-trending")
                .map(SharedUpdate::of).name("trending lists").uid("trending-lists");
        DataStream<SharedUpdate> sharedUpdates = catalogueUpdates.map(SharedUpdate::of).name("catalogue").uid("catalogue")
                .union(trending, replenishment.traits().map(SharedUpdate::of).name("learned traits").uid("learned-traits"));
        if (ruleUpdates != null) sharedUpdates = sharedUpdates.union(ruleUpdates);
        BroadcastStream<SharedUpdate> shared =
                sharedUpdates.broadcast(RankRecommendations.CATALOGUE, RankRecommendations.TRENDING, RankRecommendations.RULES);

        SingleOutputStreamOperator<RankContext> profiles = DataStreamUtils
                .reinterpretAsKeyedStream(userEvents, e -> e.userId)
                .transform("user profile", TypeInformation.of(RankContext.class), new UpdateUserProfile(config))
                .uid("user-profile");

        DataStream<CandidateResponse> answers = profiles.getSideOutput(UpdateUserProfile.ITEM_TOUCHES)
                .keyBy(t -> t.itemId)
                .process(new CountItems()).name("count items").uid("count-items")
                .keyBy(u -> u.itemId)
                .connect(profiles.getSideOutput(UpdateUserProfile.CANDIDATE_REQUESTS).keyBy(r -> r.seedId))
                .transform("item neighbours", TypeInformation.of(CandidateResponse.class), new UpdateNeighbours(config.similarity()))
                .uid("item-neighbours");

        DataStream<RankInput> impressions = userEvents
                .filter(e -> e.type == EventType.IMPRESSION).name("impressions").uid("impressions")
                .map(RankInput::of).name("impression inputs").uid("impression-inputs");
        DataStream<Recommendation> recommendations = profiles.map(RankInput::of).name("contexts").uid("contexts")
                .union(answers.map(RankInput::of).name("answers").uid("answers"), impressions)
                .keyBy(RankInput::userId)
                .connect(shared)
                .process(new RankRecommendations(config.ranking(), config.offer())).name("rank").uid("rank");
        recommendations.sinkTo(io.recommendations()).name("recommendations sink").uid("recommendations-sink");
    }

    private static WatermarkStrategy<IngestRecord> watermarks(EngineConfig config) {
        Duration lateness = config.runtime().watermarkOutOfOrderness();
        return WatermarkStrategy.<IngestRecord>forBoundedOutOfOrderness(lateness)
                .withTimestampAssigner((r, kafkaTimestamp) -> r.event != null ? r.event.eventTime : kafkaTimestamp)
                .withIdleness(config.runtime().watermarkIdleness());
    }
}
