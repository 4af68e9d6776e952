package org.streamrec.tools.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: event {@code i} is due at {@code start + i / rate}, whatever happened to the events
 * before it. A sender that falls behind (a producer blocked on a full buffer, a GC pause) sends the
 * overdue events at once instead of skipping them, and latency is taken from the due time rather
 * than the moment of sending, so a stall shows in the latency of every event it delayed instead of
 * being hidden (coordinated omission).
 */
final class OpenLoopSchedule {
    /** Sends one event; may block. */
    interface Sender {
        void send(long index) throws Exception;
    }

    private final double rate;
    private final long startNanos;
    private long maxLatenessNanos;

    OpenLoopSchedule(double rate, long startNanos) {
        if (!(rate > 0)) throw new IllegalArgumentException("rate must be above 0, got " + rate);
        this.rate = rate;
        this.startNanos = startNanos;
    }

    long dueNanos(long index) {
        return startNanos + (long) (index * 1e9 / rate);
    }

    /** Sends events {@code from..to-1}, each at its due time or, if already late, at once. */
    void send(long from, long to, Sender sender) throws Exception {
        for (long i = from; i < to; i++) {
            long due = dueNanos(i);
            long wait = due - System.nanoTime();
            while (wait > 0) {
                LockSupport.parkNanos(wait);
                wait = due - System.nanoTime();
            }
            maxLatenessNanos = Math.max(maxLatenessNanos, -wait);
            sender.send(i);
        }
    }

    /** The most any send so far started after its due time: how far the sender itself fell behind. */
    double maxLatenessMillis() {
        return maxLatenessNanos / 1e6;
    }
}
