package org.streamrec.engine.intent;

/** One recent action as the intent score remembers it. */
public class IntentAction {
    public String eventId;
    public String type;
    public String itemId;
    public long time;
    public double weight;

    public IntentAction() {}
}
