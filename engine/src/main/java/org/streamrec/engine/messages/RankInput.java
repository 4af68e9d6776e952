package org.streamrec.engine.messages;

/** Either half of a ranking request, so both can share one keyed input: a context or a seed's answer. */
public class RankInput {
    public RankContext context;
    public CandidateResponse response;

    public RankInput() {}

    public static RankInput of(RankContext context) {
        RankInput in = new RankInput();
        in.context = context;
        return in;
    }

    public static RankInput of(CandidateResponse response) {
        RankInput in = new RankInput();
        in.response = response;
        return in;
    }

    public String userId() {
        return context != null ? context.userId : response.userId;
    }

    public long requestId() {
        return context != null ? context.requestId : response.requestId;
    }
}
