package org.streamrec.engine.model;

import java.util.List;

/**
 * Next-best-offer output, keyed by user on the recommendations topic. This is a public API for
 * front ends: add fields freely, but bump {@link #SCHEMA_VERSION} on any incompatible change.
 */
public class Recommendation {
    public static final int SCHEMA_VERSION = 1;
    /**
     * The {@link #userId} of the list for shoppers the engine does not know yet (what is popular now):
     * a front end shows it to any user without a list of their own.
     */
    public static final String ANY_USER = "*";

    public int schemaVersion = SCHEMA_VERSION;
    public String recId;
    public String userId;
    public List<RankedItem> items;
    public Offer offer;
    /** Which ranking variant produced the list (for A/B tests). */
    public String variant;
    /** Id and event time of the event that triggered this list. */
    public String triggerEventId;
    public long eventTime;
    /** Wall-clock time the list left the ranking operator, epoch ms. */
    public long emitTime;

    public Recommendation() {}

    /** A tombstone: the user was forgotten, and their list must go (a record without value on the topic). */
    public static Recommendation tombstone(String userId, String triggerEventId, long eventTime) {
        Recommendation r = new Recommendation();
        r.userId = userId;
        r.triggerEventId = triggerEventId;
        r.eventTime = eventTime;
        return r;
    }

    /** Static, so it is not a property of the wire form. */
    public static boolean isTombstone(Recommendation r) {
        return r.items == null;
    }
}
