package org.streamrec.tools.bench;

import java.util.Optional;
import org.streamrec.config.EngineConfig;

/**
 * What a latency run measures: something that reads the events topic and writes recommendation
 * lists, started against a broker. The bench measures the engine ({@link EngineTarget}); the tests
 * measure stand-ins whose answers they know.
 */
interface LatencyTarget {
    /** A started target; closing it stops it. */
    interface Running extends AutoCloseable {
        /**
         * What the target can tell of the measured window that began at {@code windowStart}
         * ({@code windowStartMillis} on the wall clock), with {@code eventsSent} events sent in the
         * whole run; called after the drain, before closing.
         */
        Optional<JobFigures> figures(ThreadCpu windowStart, long windowStartMillis, long eventsSent) throws Exception;
    }

    /** Starts reading and writing the topics of {@code config.kafka()}; returns once it runs. */
    Running start(EngineConfig config) throws Exception;
}
