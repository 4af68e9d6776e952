package org.streamrec.engine.messages;

import org.streamrec.engine.model.Event;

/**
 * What the user's ranking receives on its one keyed input: either half of a ranking request (a
 * context or a seed's answer), or an impression event.
 */
public class RankInput {
    public RankContext context;
    public CandidateResponse response;
    public Event impression;

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

    public static RankInput of(Event impression) {
        RankInput in = new RankInput();
        in.impression = impression;
        return in;
    }

    public String userId() {
        if (impression != null) return impression.userId;
        return context != null ? context.userId : response.userId;
    }
}
