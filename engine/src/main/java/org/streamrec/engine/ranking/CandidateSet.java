package org.streamrec.engine.ranking;

import java.util.List;
import org.streamrec.engine.similarity.Neighbour;

/** The neighbours of one of the user's seed items, with the seed's weight and what the user did with it. */
public record CandidateSet(String seedId, double seedWeight, String seedAction, List<Neighbour> neighbours) {}
