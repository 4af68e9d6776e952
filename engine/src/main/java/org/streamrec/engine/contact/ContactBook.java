package org.streamrec.engine.contact;

import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.replenish.ReminderBook;

/** Per-shopper state of the contact step: the ledger, the reminders, and triggered offers waiting to go out. */
public class ContactBook {
    public ContactLedger ledger = new ContactLedger();
    public ReminderBook reminders = new ReminderBook();
    /** Triggered offers the policy has not let out yet, each with its id set. */
    public List<Message> pending = new ArrayList<>();

    public ContactBook() {}
}
