package org.streamrec.engine.operators;

import java.util.List;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.streamrec.config.AttributionConfig;
import org.streamrec.config.EngineConfig;
import org.streamrec.engine.attribution.Attributor;
import org.streamrec.engine.attribution.ShopperAttribution;
import org.streamrec.engine.experiment.Holdout;
import org.streamrec.engine.messages.AttributionInput;
import org.streamrec.engine.model.Attribution;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Recommendation;

/**
 * Keyed by user: credits clicks, carts and purchases to the lists and reminders that showed the items
 * ({@link Attributor}), emits each credit, and counts by variant ({@link AttributionMetrics}). A
 * shopper's exposures, lists and arm are one value ({@link ShopperAttribution}); the most recently
 * active shoppers' values stay on the heap ({@link WriteBackOperator}), since every list writes ten
 * exposures. Exposures older than the window are dropped as the shopper's lists come, and a shopper
 * unseen for a window leaves state (processing time, which only bounds state: whether a credit is in
 * time is decided in event time).
 */
public class AttributeConversions extends WriteBackOperator<Attribution>
        implements OneInputStreamOperator<AttributionInput, Attribution> {
    private final AttributionConfig config;
    private final Holdout holdout;
    private final String liveVariant;
    private transient Attributor attributor;
    private transient ValueState<ShopperAttribution> state;
    private transient WriteBackCache<String, ShopperAttribution> cache;
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
    public void open() throws Exception {
        super.open();
        attributor = new Attributor(config);
        ValueStateDescriptor<ShopperAttribution> descriptor = new ValueStateDescriptor<>("shopper", ShopperAttribution.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(config.window()).build());
        state = getRuntimeContext().getState(descriptor);
        cache = writeBackCache("attribution", config.cachedShoppers(), (userId, shopper) -> state.update(shopper));
        metrics = new AttributionMetrics(getMetricGroup(), liveVariant, Holdout.VARIANT);
    }

    @Override
    public void processElement(StreamRecord<AttributionInput> record) throws Exception {
        AttributionInput in = record.getValue();
        String userId = in.userId();
        if (in.list != null && Recommendation.isTombstone(in.list)
                || in.event != null && in.event.type == EventType.FORGET_USER) {
            cache.remove(userId);
            state.clear();
            return;
        }
        ShopperAttribution shopper = cache.getOrLoad(userId, state::value);
        // A reminder follows purchases (and usually lists), which reach attribution first; for a
        // shopper attribution knows nothing of, it was sent before a forget_user already applied here.
        if (in.reminder != null && shopper == null) return;
        if (shopper == null) shopper = newShopper(userId);
        cache.changed(userId);
        if (in.list != null) {
            // A list without a variant still counts, under the shopper's arm.
            if (in.list.variant == null) in.list.variant = holdout.variantOf(userId, liveVariant);
            shopper.expire(in.list.eventTime - config.window().toMillis());
            if (attributor.listEmitted(in.list, shopper, shopper.recentLists)) metrics.shown(in.list.variant, Attribution.LIST);
        } else if (in.reminder != null) {
            attributor.reminderSent(in.reminder, shopper.arm, shopper);
            metrics.shown(shopper.arm, Attribution.REMINDER);
        } else {
            observe(in.event, shopper, record);
        }
    }

    private void observe(Event e, ShopperAttribution shopper, StreamRecord<AttributionInput> record) throws Exception {
        if (e.type == EventType.IMPRESSION) {
            for (var list : attributor.impression(e, shopper, shopper.recentLists)) metrics.shown(list.variant, Attribution.LIST);
            return;
        }
        if (e.type == EventType.PURCHASE) metrics.purchase(shopper.arm, Attributor.orderValue(e));
        List<Attributor.Credit> credits = attributor.action(e, shopper, shopper.convertedLists);
        for (Attributor.Credit c : credits) {
            metrics.credited(c.attribution(), c.firstPurchaseOfList());
            emit(c.attribution(), record);
        }
    }

    private ShopperAttribution newShopper(String userId) throws Exception {
        ShopperAttribution shopper = new ShopperAttribution();
        shopper.arm = holdout.variantOf(userId, liveVariant);
        metrics.newShopper(shopper.arm);
        cache.put(userId, shopper);
        return shopper;
    }
}
