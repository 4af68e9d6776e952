package org.streamrec.engine.operators;

/**
 * How far a user's request being gathered has come: which request, how many seed answers arrived,
 * and how many to await (known once its context arrived). The context and the answers are kept in
 * their own states, so an answer appends without reading what came before.
 */
public class RankProgress {
    static final int UNKNOWN = -1;

    public long requestId;
    public int received;
    public int expected = UNKNOWN;

    public RankProgress() {}

    RankProgress(long requestId) {
        this.requestId = requestId;
    }

    boolean complete() {
        return expected != UNKNOWN && received >= expected;
    }
}
