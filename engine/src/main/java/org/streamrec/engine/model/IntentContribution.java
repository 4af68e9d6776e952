package org.streamrec.engine.model;

/** One action inside an {@link IntentAlert}, with what it still adds to the score at the alert's time. */
public class IntentContribution {
    public String eventId;
    /** The action's event type, e.g. add_to_cart. */
    public String type;
    /** The item acted on, or null (a search without a click). */
    public String itemId;
    public long eventTime;
    /** Its weight, and that weight decayed to the alert's time. */
    public double weight;
    public double contribution;

    public IntentContribution() {}
}
