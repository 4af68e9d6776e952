package org.streamrec.tools.bench;

import java.util.Map;
import java.util.Optional;

/**
 * What Flink and the JVM tell about a latency run's measured window: how the process's CPU was
 * shared, the checkpoints' pauses, keyed-state accesses over the whole run ({@code events} events
 * sent), and the engine's similarity freshness histogram if it exports one.
 */
public record JobFigures(CpuShare cpu, CheckpointPauses checkpoints, long events, Map<String, Long> stateAccessesByOperator,
                         Optional<Distribution> freshness) {
    public long stateAccesses() {
        return stateAccessesByOperator.values().stream().mapToLong(Long::longValue).sum();
    }

    public double stateAccessesPerEvent() {
        return events == 0 ? Double.NaN : (double) stateAccesses() / events;
    }
}
