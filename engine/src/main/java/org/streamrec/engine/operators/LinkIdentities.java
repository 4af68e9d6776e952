package org.streamrec.engine.operators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.streamrec.config.IdentityConfig;
import org.streamrec.engine.identity.CustomerIdentities;
import org.streamrec.engine.identity.CustomerLinks;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.serialization.MessageTypes;

/**
 * Keyed by customer id: the customer side of identity resolution ({@link CustomerIdentities}), in
 * arrival order, so a customer's own events are not held back. Events go on on the main output;
 * identifies and forget_users for the anonymous ids leave on {@link #TO_ANONYMOUS}.
 */
public class LinkIdentities extends KeyedProcessFunction<String, Event, Event> {
    public static final OutputTag<Event> TO_ANONYMOUS = new OutputTag<>("to-anonymous", MessageTypes.EVENT);

    private final IdentityConfig config;
    private transient CustomerIdentities identities;
    private transient ValueState<CustomerLinks> links;
    private transient Counter linked;

    public LinkIdentities(IdentityConfig config) {
        this.config = config;
    }

    @Override
    public void open(OpenContext ctx) {
        identities = new CustomerIdentities(config);
        links = getRuntimeContext().getState(new ValueStateDescriptor<>("customerLinks", CustomerLinks.class));
        linked = EngineMetrics.of(getRuntimeContext().getMetricGroup()).counter("identityLinks");
    }

    @Override
    public void processElement(Event e, Context ctx, Collector<Event> out) throws Exception {
        CustomerLinks l = links.value();
        if (l == null) l = new CustomerLinks();
        identities.onEvent(l, e, out::collect, toAnonymous -> {
            if (toAnonymous.type == EventType.IDENTIFY) linked.inc();
            ctx.output(TO_ANONYMOUS, toAnonymous);
        });
        if (l.anonymousIds.isEmpty()) links.clear();
        else links.update(l);
    }
}
