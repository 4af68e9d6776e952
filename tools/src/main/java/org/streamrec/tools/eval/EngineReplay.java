package org.streamrec.tools.eval;

import java.util.List;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.engine.model.Event;

/**
 * Runs the real engine over a replay and returns every recommendation list and reminder it emitted. Implemented
 * with the Flink job (RecommendationJob); {@link EmittedListsRecommender} turns the result into the
 * lists the engine had before each event.
 */
public interface EngineReplay {
    /**
     * @param events the whole replay in event-time order, with unique event ids; do not modify them
     * @param config the job's configuration, and the eval's (eval.answerTimeout)
     * @return every emitted list and reminder
     */
    ReplayOutput replay(List<Event> events, LaunchConfig config) throws Exception;
}
