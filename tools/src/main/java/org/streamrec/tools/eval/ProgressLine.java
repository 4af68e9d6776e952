package org.streamrec.tools.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Prints "scoring: done / total events (p%), rate events/s" at every 5% step, at least every 2 s, and at the end. */
public final class ProgressLine {
    private static final int STEP_PERCENT = 5;
    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final PrintStream out;
    private final String label;
    private final LongSupplier nanoClock;
    private final long started;
    private long lastPrinted;
    private long lastStep;

    public ProgressLine(PrintStream out, String label, LongSupplier nanoClock) {
        this.out = out;
        this.label = label;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.lastPrinted = started;
    }

    /** Reports that {@code done} of {@code total} are finished; prints only when a line is due. */
    public void tick(long done, long total) {
        long now = nanoClock.getAsLong();
        long step = total == 0 ? 100 : done * 100 / total / STEP_PERCENT;
        if (done < total && step == lastStep && now - lastPrinted < INTERVAL_NANOS) return;
        lastStep = step;
        lastPrinted = now;
        double seconds = Math.max(now - started, 1) / 1e9;
        out.printf(Locale.ROOT, "%s: %,d / %,d events (%.0f%%), %,.0f events/s%n",
                label, done, total, total == 0 ? 100.0 : 100.0 * done / total, done / seconds);
    }
}
