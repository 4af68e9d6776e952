package org.streamrec.tools.bench;

/** The benchmark shop's size and skew; {@link #startingAt} fixes when and how fast its events happen. */
record WorkloadShape(int users, int items, double skew, long seed) {
    /** Event 0 at {@code startMillis}, then {@code eventsPerSecond} events per second of event time. */
    BenchWorkload startingAt(long startMillis, double eventsPerSecond) {
        return new BenchWorkload(users, items, skew, seed, startMillis, eventsPerSecond);
    }
}
