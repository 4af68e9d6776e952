package org.streamrec.engine.replenish;

import org.streamrec.engine.model.ReminderItem;

/** A reminder for one item of one user, from its scheduling until a re-buy or expiry closes it. */
public class PendingReminder {
    public String itemId;
    public long lastPurchaseTime;
    public int lastQuantity;
    public long predictedRunOut;
    public double confidence;
    public String reason;
    /** Predicted run-out minus the lead time. */
    public long dueTime;
    public boolean sent;
    /** When it went out; meaningful once {@link #sent}. */
    public long sentTime;

    public PendingReminder() {}

    public ReminderItem toReminderItem() {
        ReminderItem item = new ReminderItem();
        item.itemId = itemId;
        item.lastPurchaseTime = lastPurchaseTime;
        item.lastQuantity = lastQuantity;
        item.predictedRunOut = predictedRunOut;
        item.confidence = confidence;
        item.reason = reason;
        return item;
    }
}
