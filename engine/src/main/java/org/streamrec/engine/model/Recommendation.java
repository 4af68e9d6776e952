package org.streamrec.engine.model;

import java.util.List;

/**
 * Next-best-offer output, keyed by user on the recommendations topic. This is a public API for
 * front ends: add fields freely, but bump {@link #SCHEMA_VERSION} on any incompatible change.
 */
public class Recommendation {
    public static final int SCHEMA_VERSION = 1;
    /** The {@link #userId} of a default list, for any user without a list of their own (cold start). */
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
}
