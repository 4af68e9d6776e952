package org.streamrec.tools.bench;

/**
 * Which of the measured events {@code from..to-1} got a recommendation list, and when the first one
 * arrived ({@link System#nanoTime()}); lists for other events are ignored. Fed from any thread (a
 * Kafka reader, Flink sink writers).
 */
final class AnswerLog {
    private final long from;
    private final long[] firstAnswerNanos;
    private long answered;
    private long lists;
    private long lastAnswerNanos;

    AnswerLog(long from, long to) {
        if (to < from || to - from > Integer.MAX_VALUE) throw new IllegalArgumentException("bad range " + from + ".." + to);
        this.from = from;
        this.firstAnswerNanos = new long[(int) (to - from)];
    }

    /** A list for event {@code index} arrived at {@code nanos}. */
    synchronized void answered(long index, long nanos) {
        if (index < from || index - from >= firstAnswerNanos.length) return;
        int slot = (int) (index - from);
        lists++;
        lastAnswerNanos = nanos;
        if (firstAnswerNanos[slot] != 0) return;
        // nanoTime may be 0 or negative; 0 marks "no answer", so a real 0 is shifted by a nanosecond.
        firstAnswerNanos[slot] = nanos == 0 ? 1 : nanos;
        answered++;
    }

    synchronized long measured() {
        return firstAnswerNanos.length;
    }

    /** Distinct measured events with at least one list. */
    synchronized long answered() {
        return answered;
    }

    /** Lists for measured events, repeats included. */
    synchronized long lists() {
        return lists;
    }

    /** When the last list for a measured event arrived; 0 before any. */
    synchronized long lastAnswerNanos() {
        return lastAnswerNanos;
    }

    /** When event {@code index}'s first list arrived, or 0 if none did. */
    synchronized long firstAnswerNanos(long index) {
        return firstAnswerNanos[(int) (index - from)];
    }
}
