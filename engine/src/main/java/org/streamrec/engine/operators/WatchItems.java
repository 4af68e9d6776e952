package org.streamrec.engine.operators;

import java.util.Comparator;
import java.util.OptionalLong;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;
import org.streamrec.config.TriggerConfig;
import org.streamrec.engine.journeys.ItemFacts;
import org.streamrec.engine.journeys.ItemWatchers;
import org.streamrec.engine.journeys.Watcher;
import org.streamrec.engine.journeys.Watchers;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.messages.JourneyInput;

/**
 * Keyed by item: the journeys' item side ({@link ItemWatchers}) on event-time timers. The shoppers
 * watching the item are a map state, so a catalogue update reads them once and an interest touches
 * one entry. Within a timestamp, interests apply before catalogue updates. Price-drop and
 * back-in-stock offers leave for the contact step.
 */
public class WatchItems extends EventTimeOrderedFunction<JourneyInput, ContactInput> {
    private static final Comparator<JourneyInput> ORDER = Comparator
            .<JourneyInput>comparingInt(in -> in.interest != null ? 0 : 1)
            .thenComparing(in -> in.interest != null ? in.interest.userId + "\n" + in.interest.kind : in.event.eventId);

    private final TriggerConfig config;
    private transient ItemWatchers watchers;
    private transient ValueState<ItemFacts> facts;
    private transient Watchers watching;

    public WatchItems(TriggerConfig config) {
        super(TypeInformation.of(JourneyInput.class));
        this.config = config;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        watchers = new ItemWatchers(config);
        facts = getRuntimeContext().getState(new ValueStateDescriptor<>("itemFacts", ItemFacts.class));
        MapState<String, Watcher> state = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("watchers", Types.STRING, TypeInformation.of(Watcher.class)));
        watching = new Watchers() {
            @Override
            public Watcher get(String userId) throws Exception {
                return state.get(userId);
            }

            @Override
            public void put(String userId, Watcher watcher) throws Exception {
                state.put(userId, watcher);
            }

            @Override
            public void remove(String userId) throws Exception {
                state.remove(userId);
            }

            @Override
            public Iterable<Map.Entry<String, Watcher>> all() throws Exception {
                return state.entries();
            }
        };
    }

    @Override
    protected Comparator<JourneyInput> order() {
        return ORDER;
    }

    @Override
    protected void processInOrder(JourneyInput in, long time, Context ctx, Collector<ContactInput> out) throws Exception {
        ItemFacts f = facts.value();
        if (f == null) f = new ItemFacts();
        if (in.interest != null) watchers.onInterest(f, watching, in.interest);
        else watchers.onCatalogue(f, watching, in.event, out::collect);
        facts.update(f);
    }

    @Override
    protected void onTime(long time, OnTimerContext ctx, Collector<ContactInput> out) throws Exception {
        ItemFacts f = facts.value();
        if (f != null) {
            watchers.expire(f, watching, time);
            facts.update(f);
        }
        wakeUpAt(f == null ? OptionalLong.empty() : watchers.nextWakeUp(f), time, ctx);
    }
}
