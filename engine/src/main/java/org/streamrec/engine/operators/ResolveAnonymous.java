package org.streamrec.engine.operators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.streamrec.config.IdentityConfig;
import org.streamrec.engine.identity.AnonymousShoppers;
import org.streamrec.engine.identity.AnonymousTrail;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;

/**
 * Keyed by anonymous id: the anonymous side of identity resolution ({@link AnonymousShoppers}), in
 * arrival order, so an anonymous shopper's events reach the profile at once. One event-time timer at
 * a time forgets an id unseen for identity.forgetAfter: when it fires for an id seen since, it is set
 * again for the new expiry, so an active id costs no timer per event.
 */
public class ResolveAnonymous extends KeyedProcessFunction<String, Event, Event> {
    private final IdentityConfig config;
    private transient AnonymousShoppers shoppers;
    private transient ValueState<AnonymousTrail> trail;
    private transient Counter merged;

    public ResolveAnonymous(IdentityConfig config) {
        this.config = config;
    }

    @Override
    public void open(OpenContext ctx) {
        shoppers = new AnonymousShoppers(config);
        trail = getRuntimeContext().getState(new ValueStateDescriptor<>("anonymousTrail", AnonymousTrail.class));
        merged = EngineMetrics.of(getRuntimeContext().getMetricGroup()).counter("identityEventsMerged");
    }

    @Override
    public void processElement(Event e, Context ctx, Collector<Event> out) throws Exception {
        AnonymousTrail t = trail.value();
        if (t == null) t = new AnonymousTrail();
        shoppers.onEvent(t, e, resolved -> {
            if (resolved.mergedFrom != null) merged.inc();
            out.collect(resolved);
        });
        if (e.type == EventType.FORGET_USER) {
            trail.clear();
            return;
        }
        if (t.cleanupAt == 0) {
            t.cleanupAt = shoppers.expiry(t);
            ctx.timerService().registerEventTimeTimer(t.cleanupAt);
        }
        trail.update(t);
    }

    @Override
    public void onTimer(long time, OnTimerContext ctx, Collector<Event> out) throws Exception {
        AnonymousTrail t = trail.value();
        if (t == null || time != t.cleanupAt) return;
        if (shoppers.expired(t, time)) {
            trail.clear();
        } else {
            t.cleanupAt = shoppers.expiry(t);
            ctx.timerService().registerEventTimeTimer(t.cleanupAt);
            trail.update(t);
        }
    }
}
