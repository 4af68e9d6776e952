package org.streamrec.engine.job;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.streamrec.config.IdentityConfig;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.operators.LinkIdentities;
import org.streamrec.engine.operators.ResolveAnonymous;
import org.streamrec.engine.identity.IdentityRoutes;
import org.streamrec.engine.serialization.MessageTypes;

/**
 * Identity resolution, for the user events before the user profile. Only events that carry an
 * anonymousId, identify events and forget_user pass through it; every other event bypasses it.
 * <pre>
 *  identify, forget_user of a customer, customer events naming an anonymous id
 *       --by customer--> [links] ------------------------------------------------+--> resolved events
 *                          | identify / forget_user per anonymous id               |
 *  anonymous events -------+--by anonymous id--> [anonymous ids: route, replay] --+
 *  every other event ----------------------------------------------------------------+
 * </pre>
 * Resolved events: an anonymous event as the anonymous shopper's own (userId = anonymousId) until its
 * id is linked, then as the customer's; at the link, the anonymous shopper's recent interactions
 * again as the customer's, marked {@code mergedFrom}; a customer's forget_user, then one forget_user
 * per anonymous id it was linked to. Both steps keep their state in Flink keyed state, so a restart
 * neither loses a link nor merges a history twice.
 */
public final class IdentityGraph {
    private IdentityGraph() {}

    /** @param userEvents user events (no catalogue updates), not keyed */
    public static DataStream<Event> attach(DataStream<Event> userEvents, IdentityConfig config) {
        // One type for the union of the three outputs, whatever serializer the input came with.
        DataStream<Event> bypass = userEvents.filter(IdentityRoutes::bypasses).returns(MessageTypes.EVENT)
                .name("identity: logged-in events").uid("identity-bypass");
        SingleOutputStreamOperator<Event> customers = userEvents
                .filter(IdentityRoutes::isCustomerSide).name("identity: identify, forget_user, linked events").uid("identity-customer-events")
                .keyBy(e -> e.userId)
                .process(new LinkIdentities(config), MessageTypes.EVENT).name("identity: links by customer").uid("identity-links");
        DataStream<Event> anonymous = userEvents
                .filter(IdentityRoutes::isAnonymous).returns(MessageTypes.EVENT).name("identity: anonymous events").uid("identity-anonymous-events")
                .union(customers.getSideOutput(LinkIdentities.TO_ANONYMOUS))
                .keyBy(e -> e.anonymousId)
                .process(new ResolveAnonymous(config), MessageTypes.EVENT).name("identity: anonymous ids").uid("identity-anonymous");
        return bypass.union(customers, anonymous);
    }
}
