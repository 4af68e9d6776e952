package org.streamrec.engine.messages;

import java.util.List;
import org.streamrec.engine.similarity.Neighbour;

/** A seed's neighbours, on their way back to the user's ranking. */
public class CandidateResponse {
    public String userId;
    public long requestId;
    public String seedId;
    public double seedWeight;
    public String seedAction;
    public List<Neighbour> neighbours;

    public CandidateResponse() {}
}
