package org.streamrec.engine.job;

import org.streamrec.config.EngineConfig;
import org.apache.flink.streaming.api.datastream.DataStream;
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
 *  lists ────────────┐
 *  reminders ────────┼─ keyBy(user) ─► attribution ─► attributions (and metrics by variant)
 *  user events ─ filter ┘
 * </pre>
 * Views are most of the events: feeding them here costs one more keyed shuffle of that share of the stream.
 */
public final class AttributionGraph {
    private AttributionGraph() {}

    /**
     * @param lists the recommendations as emitted (tombstones and the list for unknown shoppers are left out here)
     * @param reminders the reminders as sent
     * @param userEvents user events after dedup (anything else is filtered out here)
     */
    public static DataStream<Attribution> attach(DataStream<Recommendation> lists, DataStream<Reminder> reminders,
                                                 DataStream<Event> userEvents, EngineConfig config) {
        DataStream<AttributionInput> inputs = lists
                .filter(AttributeConversions::shownToAShopper).name("attribution: shown lists").uid("attribution-shown-lists")
                .map(AttributionInput::of).returns(AttributionInput.class).name("attribution: lists").uid("attribution-lists")
                .union(reminders.map(AttributionInput::of).returns(AttributionInput.class)
                                .name("attribution: reminders").uid("attribution-reminders"),
                        userEvents.filter(AttributeConversions::needs).name("attribution: actions").uid("attribution-actions")
                                .map(AttributionInput::of).returns(AttributionInput.class)
                                .name("attribution: action inputs").uid("attribution-action-inputs"));
        return inputs
                .keyBy(AttributionInput::userId)
                .process(new AttributeConversions(config)).name("attribution").uid("attribution");
    }
}
