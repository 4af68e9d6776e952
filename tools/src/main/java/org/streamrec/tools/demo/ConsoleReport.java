package org.streamrec.tools.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.streamrec.tools.roundtrip.OutputWatcher;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

/**
 * Prints what comes out of the job as it comes: a sample of recommendations (at most a few a
 * second, so the console stays readable at any rate), every reminder and every dead letter, which
 * it also hands to the run's {@link DeadLetterReport}.
 */
final class ConsoleReport implements OutputWatcher.Listener {
    private static final long RECOMMENDATION_PRINT_INTERVAL_MS = 500;

    private final PrintStream out;
    private final boolean quiet;
    private final DeadLetterReport deadLetters;
    private long lastPrinted;

    ConsoleReport(PrintStream out, boolean quiet, DeadLetterReport deadLetters) {
        this.out = out;
        this.quiet = quiet;
        this.deadLetters = deadLetters;
    }

    @Override
    public void recommendation(Recommendation r, long latencyMillis) {
        long now = System.currentTimeMillis();
        if (quiet || now - lastPrinted < RECOMMENDATION_PRINT_INTERVAL_MS) return;
        lastPrinted = now;
        String items = r.items.stream().limit(5)
                .map(i -> String.format("%s (%.3f)", i.itemId, i.score))
                .collect(Collectors.joining(", "));
        out.printf("rec      user %-8s after %-12s -> %s%n", r.userId, r.triggerEventId, items);
        out.printf("         offer %s: %s; top reason: %s [%d ms]%n",
                r.offer.itemId, r.offer.reason, r.items.get(0).reason, latencyMillis);
    }

    @Override
    public void reminder(Reminder r) {
        for (ReminderItem i : r.items) {
            out.printf("REMINDER user %-8s item %-8s runs out %s (confidence %.2f): %s%n",
                    r.userId, i.itemId, java.time.Instant.ofEpochMilli(i.predictedRunOut), i.confidence, i.reason);
        }
    }

    @Override
    public void deadLetter(DeadLetter letter) {
        deadLetters.add(letter);
        if (quiet) return;
        String text = letter.payload == null ? "(no value)" : new String(letter.payload, StandardCharsets.UTF_8);
        out.printf("DEAD     %s <- %s%n", letter.reason, text.length() > 60 ? text.substring(0, 60) + "..." : text);
    }
}
