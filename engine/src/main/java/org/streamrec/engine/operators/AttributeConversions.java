package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.config.AttributionConfig;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.attribution.Attributor;
import org.streamrec.engine.attribution.Exposure;
import org.streamrec.engine.attribution.ExposureTable;
import org.streamrec.engine.attribution.ShownList;
import org.streamrec.engine.experiment.Holdout;
import org.streamrec.engine.messages.AttributionInput;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Recommendation;

/**
 * Keyed by user: credits clicks, carts and purchases to the lists and reminders that showed the items
 * ({@link Attributor}), emits each credit, and counts by variant ({@link AttributionMetrics}). Exposures
 * are kept per item in MapState, expiring one window after they were written (processing time, which
 * only bounds state: whether a credit is in time is decided in event time).
 */
public class AttributeConversions extends KeyedProcessFunction<String, AttributionInput, Attribution> {
    private final AttributionConfig config;
    private final Holdout holdout;
    private final String liveVariant;
    private transient Attributor attributor;
    private transient MapState<String, Exposure> exposures;
    private transient ValueState<List<ShownList>> recentLists;
    private transient ValueState<List<String>> convertedLists;
    /** The shopper's arm, kept once the shopper is first seen, so the hash is taken once per shopper. */
    private transient ValueState<String> shopperArm;
    private transient ExposureTable table;
    private transient AttributionMetrics metrics;

    public AttributeConversions(EngineConfig config) {
        this.config = config.attribution();
        this.holdout = new Holdout(config.experiment());
        this.liveVariant = config.ranking().variant();
    }

    /**
     * Lists of a shopper: not the list for shoppers the engine does not know. A forgotten user's
     * tombstone comes too: it follows the user's last lists on their path, so clearing on it leaves
     * no list of theirs behind, whichever of it and the forget_user event arrives first.
     */
    public static boolean ofAShopper(Recommendation r) {
        return !Recommendation.ANY_USER.equals(r.userId);
    }

    /**
     * The user events attribution needs: the actions it credits, impressions, and forget_user. Not an
     * anonymous shopper's actions replayed to the customer at login: they were counted as they happened.
     */
    public static boolean needs(Event e) {
        return e.userId != null && e.mergedFrom == null && switch (e.type) {
            case VIEW, ADD_TO_CART, PURCHASE, IMPRESSION, FORGET_USER -> true;
            default -> false;
        };
    }

    @Override
    public void open(OpenContext ctx) {
        attributor = new Attributor(config);
        StateTtlConfig ttl = StateTtlConfig.newBuilder(config.window()).build();
        MapStateDescriptor<String, Exposure> exposureState =
                new MapStateDescriptor<>("exposures", Types.STRING, TypeInformation.of(Exposure.class));
        exposureState.enableTimeToLive(ttl);
        exposures = getRuntimeContext().getMapState(exposureState);
        ValueStateDescriptor<List<ShownList>> recentState =
                new ValueStateDescriptor<>("recent-lists", Types.LIST(TypeInformation.of(ShownList.class)));
        recentState.enableTimeToLive(ttl);
        recentLists = getRuntimeContext().getState(recentState);
        ValueStateDescriptor<List<String>> convertedState = new ValueStateDescriptor<>("converted-lists", Types.LIST(Types.STRING));
        convertedState.enableTimeToLive(ttl);
        convertedLists = getRuntimeContext().getState(convertedState);
        shopperArm = getRuntimeContext().getState(new ValueStateDescriptor<>("arm", Types.STRING));
        table = new ExposureTable() {
            @Override
            public Exposure get(String itemId) throws Exception {
                return exposures.get(itemId);
            }

            @Override
            public void put(String itemId, Exposure exposure) throws Exception {
                exposures.put(itemId, exposure);
            }
        };
        metrics = new AttributionMetrics(getRuntimeContext().getMetricGroup(), liveVariant, Holdout.VARIANT);
    }

    @Override
    public void processElement(AttributionInput in, Context ctx, Collector<Attribution> out) throws Exception {
        if (in.list != null && Recommendation.isTombstone(in.list)) {
            forget();
        } else if (in.list != null) {
            // A list without a variant still counts, under the shopper's arm.
            if (in.list.variant == null) in.list.variant = holdout.variantOf(in.list.userId, liveVariant);
            List<ShownList> recent = recent();
            if (attributor.listEmitted(in.list, table, recent)) metrics.shown(in.list.variant, Attribution.LIST);
            else recentLists.update(recent);
        } else if (in.reminder != null) {
            // A reminder follows purchases (and usually lists), which reach attribution first; for a
            // shopper attribution knows nothing of, it was sent before a forget_user already applied here.
            if (shopperArm.value() == null && recentLists.value() == null && exposures.isEmpty()) return;
            String arm = holdout.variantOf(in.reminder.userId, liveVariant);
            attributor.reminderSent(in.reminder, arm, table);
            metrics.shown(arm, Attribution.REMINDER);
        } else if (in.event.type == EventType.FORGET_USER) {
            forget();
        } else {
            observe(in.event, out);
        }
    }

    private void forget() {
        exposures.clear();
        recentLists.clear();
        convertedLists.clear();
        shopperArm.clear();
    }

    private void observe(Event e, Collector<Attribution> out) throws Exception {
        String arm = shopperArm.value();
        if (arm == null) {
            arm = holdout.variantOf(e.userId, liveVariant);
            shopperArm.update(arm);
            metrics.newShopper(arm);
        }
        if (e.type == EventType.IMPRESSION) {
            for (ShownList list : attributor.impression(e, table, recent())) metrics.shown(list.variant, Attribution.LIST);
            return;
        }
        if (e.type == EventType.PURCHASE) metrics.purchase(arm, Attributor.orderValue(e));
        // Only a purchase can make a list a converting one: other actions leave the state unread.
        List<String> converted = e.type == EventType.PURCHASE
                ? Objects.requireNonNullElseGet(convertedLists.value(), ArrayList::new) : new ArrayList<>();
        List<Attributor.Credit> credits = attributor.action(e, table, converted);
        for (Attributor.Credit c : credits) {
            metrics.credited(c.attribution(), c.firstPurchaseOfList());
            out.collect(c.attribution());
        }
        if (credits.stream().anyMatch(Attributor.Credit::firstPurchaseOfList)) convertedLists.update(converted);
    }

    private List<ShownList> recent() throws Exception {
        return Objects.requireNonNullElseGet(recentLists.value(), ArrayList::new);
    }
}
