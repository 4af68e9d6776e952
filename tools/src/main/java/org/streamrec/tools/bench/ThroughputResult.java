package org.streamrec.tools.bench;

/**
 * One unthrottled run at {@code parallelism}: after warm-up, {@code events} were read, of which
 * {@code completed} had their ranking completed (a list emitted for them; for the null and floor
 * jobs, which rank nothing, every event read counts), with {@code lists} lists for them. The last
 * of them completed {@code wallSeconds} after the first was read (for the null and floor jobs: the
 * last was read), using {@code cpuSeconds} of this process's CPU (every thread: source, operators, RocksDB,
 * checkpoints, GC). Per core means per CPU-second actually used. {@code records} and
 * {@code shuffledRecords} are Flink's numRecordsOut during the window summed over operators (each
 * emitted record once) and over tasks (each record once per network edge it is written to).
 */
public record ThroughputResult(String job, int parallelism, long events, long completed, long lists, double wallSeconds,
                                double cpuSeconds, long records, long shuffledRecords) {
    /** Completed events per second of wall time. */
    public double eventsPerSecond() {
        return completed / wallSeconds;
    }

    /** Events taken in per second, answered or not: the input rate the job sustained. */
    public double inputEventsPerSecond() {
        return events / wallSeconds;
    }

    public double coresUsed() {
        return cpuSeconds / wallSeconds;
    }

    /** Completed events per CPU-second. */
    public double eventsPerSecondPerCore() {
        return completed / cpuSeconds;
    }

    public double completedShare() {
        return (double) completed / events;
    }

    public double listsPerEvent() {
        return (double) lists / events;
    }

    public double recordsPerEvent() {
        return (double) records / events;
    }

    public double shuffledRecordsPerEvent() {
        return (double) shuffledRecords / events;
    }
}
