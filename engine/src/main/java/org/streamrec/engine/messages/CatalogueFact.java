package org.streamrec.engine.messages;

import org.streamrec.engine.model.Event;

/** What the ranking's catalogue learns: a catalogue update, or a trait learned from the stream. */
public class CatalogueFact {
    public Event update;
    public ItemTrait trait;

    public CatalogueFact() {}

    public static CatalogueFact of(Event update) {
        CatalogueFact f = new CatalogueFact();
        f.update = update;
        return f;
    }

    public static CatalogueFact of(ItemTrait trait) {
        CatalogueFact f = new CatalogueFact();
        f.trait = trait;
        return f;
    }
}
