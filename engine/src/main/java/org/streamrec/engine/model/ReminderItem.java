package org.streamrec.engine.model;

/** One consumable that is due, inside a {@link Reminder}. */
public class ReminderItem {
    public String itemId;
    public long lastPurchaseTime;
    public int lastQuantity;
    /** When the user is predicted to run out, epoch ms. */
    public long predictedRunOut;
    /** 0..1, grows with the number of observed repurchase intervals. */
    public double confidence;
    public String reason;

    public ReminderItem() {}
}
