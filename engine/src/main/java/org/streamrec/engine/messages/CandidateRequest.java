package org.streamrec.engine.messages;

/** To the neighbourhood of seed item {@link #seedId}: send your neighbours to user {@link #userId}. */
public class CandidateRequest {
    public String seedId;
    public String userId;
    public long requestId;
    public double seedWeight;
    public String seedAction;

    public CandidateRequest() {}

    public CandidateRequest(String seedId, String userId, long requestId, double seedWeight, String seedAction) {
        this.seedId = seedId;
        this.userId = userId;
        this.requestId = requestId;
        this.seedWeight = seedWeight;
        this.seedAction = seedAction;
    }
}
