package org.streamrec.connectors.dataset;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.streamrec.engine.model.Event;

/** Events produced one at a time, on demand; also usable as a sequential stream. */
public abstract class EventIterator implements Iterator<Event> {
    private Event next;

    /** Produces the next event, or null when there are no more (and keeps returning null). */
    protected abstract Event advance();

    @Override
    public final boolean hasNext() {
        if (next == null) next = advance();
        return next != null;
    }

    @Override
    public final Event next() {
        if (!hasNext()) throw new NoSuchElementException("no more events");
        Event e = next;
        next = null;
        return e;
    }

    /** The remaining events, in order. */
    public Stream<Event> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }
}
