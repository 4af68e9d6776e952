package org.streamrec.engine.messages;

/**
 * To the neighbourhood keyed by {@link #itemId}: either its own count is now {@link #count}
 * ({@link #otherId} null), or its pair count with {@link #otherId} grew by {@link #pairDelta} and
 * that item's count is now {@link #count}.
 */
public class NeighbourUpdate {
    public String itemId;
    public String otherId;
    public double pairDelta;
    public double count;

    public NeighbourUpdate() {}

    public NeighbourUpdate(String itemId, String otherId, double pairDelta, double count) {
        this.itemId = itemId;
        this.otherId = otherId;
        this.pairDelta = pairDelta;
        this.count = count;
    }
}
