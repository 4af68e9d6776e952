package org.streamrec.engine.job;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.messages.AttributionInput;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.operators.AttributeConversions;

/**
 * The attribution part of the job graph: lists, reminders and the user events it needs (views,
 * carts, purchases, impressions, forget_user) meet in one operator keyed by user.
 * <pre>
 *  lists (forward) ─────────────────┐
 *  reminders ─ keyBy(user) ─────────┼─ (already by user) ─► attribution ─► attributions (and metrics by variant)
 *  user events ─ filter (forward) ──┘
 * </pre>
 * Views are most of the events, and a shuffle of them would cost as much as the user operator's own.
 * None is needed: the lists and the user events leave the user operator's instance (the lists through
 * the ranking it feeds over a forward edge) already partitioned as {@code keyBy(userId)} would, so the
 * attribution reads them where they are and only the few reminders are shuffled to it.
 */
public final class AttributionGraph {
    private AttributionGraph() {}

    /**
     * @param lists the recommendations as emitted, partitioned by user as {@code keyBy(userId)} would at
     *     the job's parallelism (the list for unknown shoppers is left out here; a tombstone forgets the user)
     * @param reminders the reminders as sent, partitioned anyhow
     * @param userEvents user events after dedup, partitioned like {@code lists} (anything attribution does
     *     not need is filtered out here)
     */
    public static DataStream<Attribution> attach(DataStream<Recommendation> lists, DataStream<Reminder> reminders,
                                                 DataStream<Event> userEvents, EngineConfig config) {
        DataStream<AttributionInput> inputs = lists
                .filter(AttributeConversions::ofAShopper).name("attribution: shown lists").uid("attribution-shown-lists")
                .map(AttributionInput::of).returns(AttributionInput.class).name("attribution: lists").uid("attribution-lists")
                .union(reminders.keyBy(r -> r.userId).map(AttributionInput::of).returns(AttributionInput.class)
                                .name("attribution: reminders").uid("attribution-reminders"),
                        userEvents.filter(AttributeConversions::needs).name("attribution: actions").uid("attribution-actions")
                                .map(AttributionInput::of).returns(AttributionInput.class)
                                .name("attribution: action inputs").uid("attribution-action-inputs"));
        return DataStreamUtils.reinterpretAsKeyedStream(inputs, AttributionInput::userId, Types.STRING)
                .transform("attribution", TypeInformation.of(Attribution.class), new AttributeConversions(config)).uid("attribution");
    }
}
