package org.streamrec.tools.bench;

/** A floor job's run: {@code recordsPerEvent} small records per event through one keyed shuffle, with or without state. */
public record FloorResult(int recordsPerEvent, boolean withState, ThroughputResult run) {
    public double recordsPerSecondPerCore() {
        return recordsPerEvent * run.eventsPerSecondPerCore();
    }
}
