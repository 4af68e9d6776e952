package org.streamrec.engine.profile;

/** Another item of the same user, and how much a co-occurrence with it changed. */
public class Partner {
    public String itemId;
    public double pairDelta;

    public Partner() {}

    public Partner(String itemId, double pairDelta) {
        this.itemId = itemId;
        this.pairDelta = pairDelta;
    }
}
