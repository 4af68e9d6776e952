package org.streamrec.engine.model;

import java.util.List;

/**
 * A shopper whose purchase intent just crossed the threshold (lead scoring), keyed by user on the
 * alerts topic, for a CRM or a sales desk. A public API: add fields freely, bump
 * {@link #SCHEMA_VERSION} on any incompatible change.
 */
public class IntentAlert {
    public static final int SCHEMA_VERSION = 1;
    public static final String HIGH_INTENT = "high_intent";

    public int schemaVersion = SCHEMA_VERSION;
    /** Deterministic (user, event time), so a consumer can drop repeats. */
    public String alertId;
    public String type = HIGH_INTENT;
    public String userId;
    /** The score just after the action that crossed the threshold. */
    public double score;
    public double threshold;
    /** The action that crossed it: its event id and event time (epoch ms). */
    public String triggerEventId;
    public long eventTime;
    /** The shopper's latest actions, strongest contribution first. */
    public List<IntentContribution> contributions;

    public IntentAlert() {}
}
