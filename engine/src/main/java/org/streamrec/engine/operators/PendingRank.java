package org.streamrec.engine.operators;

import java.util.ArrayList;
import java.util.List;
import org.streamrec.engine.messages.CandidateResponse;
import org.streamrec.engine.messages.RankContext;

/** A user's request being gathered: its context (once arrived) and the seed answers so far. */
public class PendingRank {
    public long requestId;
    public RankContext context;
    public List<CandidateResponse> responses = new ArrayList<>();

    public PendingRank() {}

    public boolean complete() {
        return context != null && responses.size() >= context.expectedResponses;
    }
}
