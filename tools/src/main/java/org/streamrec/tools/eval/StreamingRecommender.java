package org.streamrec.tools.eval;

import java.util.List;
import org.streamrec.engine.model.Event;

/**
 * A model under prequential evaluation. The evaluator replays events in event-time order; before it
 * lets the model {@link #learn} an event of user u, it asks for u's list (test, then learn).
 */
public interface StreamingRecommender {
    /** The {@code model} value in metrics.json. */
    String name();

    /** Up to k items for the user, best first; empty when the model has nothing for them. */
    List<String> recommend(String userId, int k);

    /** Every replayed event, in order, after it was scored (catalogue updates included). */
    void learn(Event e);
}
