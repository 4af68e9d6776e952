package org.streamrec.engine.similarity;

/** A similar item and how similar it is. */
public class Neighbour {
    public String itemId;
    public double similarity;

    public Neighbour() {}

    public Neighbour(String itemId, double similarity) {
        this.itemId = itemId;
        this.similarity = similarity;
    }

    @Override
    public String toString() {
        return itemId + ":" + similarity;
    }
}
