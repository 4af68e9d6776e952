package org.streamrec.engine.attribution;

/** The latest time a list or reminder showed one item to the user, and which actions it has been credited. */
public class Exposure {
    public String listId;
    /** list or reminder ({@link org.streamrec.engine.model.Attribution}). */
    public String kind;
    public String variant;
    /** 1-based; 0 for a reminder. */
    public int position;
    /** Event time, epoch ms. */
    public long shownAt;
    /** Bits of the {@link Action}s already credited to this list and item. */
    public int credited;

    public Exposure() {}

    Exposure(String listId, String kind, String variant, int position, long shownAt) {
        this.listId = listId;
        this.kind = kind;
        this.variant = variant;
        this.position = position;
        this.shownAt = shownAt;
    }
}
