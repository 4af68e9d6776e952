package org.streamrec.engine.operators;

import java.util.Comparator;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.streamrec.config.ProfileConfig;
import org.streamrec.config.TriggerConfig;
import org.streamrec.engine.journeys.ShopperJourney;
import org.streamrec.engine.journeys.ShopperJourneys;
import org.streamrec.engine.contact.ContactInput;
import org.streamrec.engine.messages.ItemInterest;
import org.streamrec.engine.messages.JourneyInput;
import org.streamrec.engine.model.EventType;

/**
 * Keyed by user: the journeys' user side ({@link ShopperJourneys}) on event-time timers. Abandoned-cart
 * and apology offers leave on the main output for the contact step; interests and their ends leave on
 * {@link #ITEM_INTERESTS} for the item watchers. Within a timestamp, events apply before interests, in
 * type order (purchases before forget_user). forget_user tells every watching item, then drops the state.
 */
public class TrackShoppers extends EventTimeOrderedFunction<JourneyInput, ContactInput> {
    public static final OutputTag<ItemInterest> ITEM_INTERESTS = new OutputTag<>("item-interests") {};

    private static final Comparator<JourneyInput> ORDER = Comparator
            .<JourneyInput>comparingInt(in -> in.event != null ? in.event.type.ordinal() : EventType.values().length)
            .thenComparing(in -> in.event != null ? in.event.eventId : in.interest.kind + "\n" + in.interest.itemId);

    private final TriggerConfig triggers;
    private final ProfileConfig profile;
    private transient ShopperJourneys journeys;
    private transient ValueState<ShopperJourney> journey;

    public TrackShoppers(TriggerConfig triggers, ProfileConfig profile) {
        super(TypeInformation.of(JourneyInput.class));
        this.triggers = triggers;
        this.profile = profile;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        journeys = new ShopperJourneys(triggers, profile);
        journey = getRuntimeContext().getState(new ValueStateDescriptor<>("journey", ShopperJourney.class));
    }

    @Override
    protected Comparator<JourneyInput> order() {
        return ORDER;
    }

    @Override
    protected void processInOrder(JourneyInput in, long time, Context ctx, Collector<ContactInput> out) throws Exception {
        ShopperJourney j = journey.value();
        if (j == null) j = new ShopperJourney();
        Consumer<ItemInterest> watch = interest -> ctx.output(ITEM_INTERESTS, interest);
        String userId = ctx.getCurrentKey();
        if (in.event != null && in.event.type == EventType.FORGET_USER) {
            journeys.forget(j, userId, time, watch);
            journey.clear();
            return;
        }
        ShopperJourney current = j;
        if (in.event != null) {
            journeys.onEvent(j, in.event, watch, m -> out.collect(ContactInput.of(m, userId, current.timeZone)));
        } else {
            journeys.onInterest(j, in.interest, watch);
        }
        journey.update(j);
    }

    @Override
    protected void onTime(long time, OnTimerContext ctx, Collector<ContactInput> out) throws Exception {
        ShopperJourney j = journey.value();
        if (j == null) {
            wakeUpAt(OptionalLong.empty(), time, ctx);
            return;
        }
        String userId = ctx.getCurrentKey();
        journeys.onTime(j, userId, time, interest -> ctx.output(ITEM_INTERESTS, interest),
                m -> out.collect(ContactInput.of(m, userId, j.timeZone)));
        if (journeys.isEmpty(j)) journey.clear();
        else journey.update(j);
        wakeUpAt(journeys.nextWakeUp(j, time), time, ctx);
    }
}
