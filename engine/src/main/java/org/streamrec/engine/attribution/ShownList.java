package org.streamrec.engine.attribution;

import java.util.List;

/** A list the engine emitted for the user, kept to match later impression events against. */
public class ShownList {
    public String listId;
    public String variant;
    public List<String> items;
    /** Event time of the list's trigger, epoch ms. */
    public long emittedAt;

    public ShownList() {}

    ShownList(String listId, String variant, List<String> items, long emittedAt) {
        this.listId = listId;
        this.variant = variant;
        this.items = items;
        this.emittedAt = emittedAt;
    }
}
