package org.streamrec.tools.bench;

/**
 * One unthrottled run: {@code events} handed to the job after warm-up in {@code wallSeconds},
 * using {@code cpuSeconds} of this process's CPU (every thread: source, operators, RocksDB
 * compaction, checkpoints, GC). Per core means per CPU-second actually used, i.e. events/s divided
 * by the average number of busy cores.
 */
public record ThroughputResult(String job, long events, double wallSeconds, double cpuSeconds, long outputs) {
    public double eventsPerSecond() {
        return events / wallSeconds;
    }

    public double coresUsed() {
        return cpuSeconds / wallSeconds;
    }

    public double eventsPerSecondPerCore() {
        return events / cpuSeconds;
    }
}
