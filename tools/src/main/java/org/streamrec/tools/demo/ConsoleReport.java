package org.streamrec.tools.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.streamrec.tools.roundtrip.OutputWatcher;
import org.streamrec.engine.experiment.Holdout;
import org.streamrec.engine.model.DeadLetter;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.Recommendation;
import org.streamrec.engine.model.Reminder;
import org.streamrec.engine.model.ReminderItem;

/**
 * Prints what comes out of the job as it comes: a sample of recommendations (at most a few a
 * second, so the console stays readable at any rate), every reminder, message, alert and dead
 * letter, which it also hands to the run's {@link DeadLetterReport}.
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
        if (r.items.isEmpty()) {
            // Nothing to show yet: a new shop, or a held-out shopper before anything trends.
            out.printf("rec      user %-8s after %-12s -> (empty, variant %s) [%d ms]%n", r.userId, r.triggerEventId, r.variant,
                    latencyMillis);
            return;
        }
        String items = r.items.stream().limit(5)
                .map(i -> String.format("%s (%.3f)", i.itemId, i.score))
                .collect(Collectors.joining(", "));
        out.printf("rec      user %-8s after %-12s -> %s%s%n", r.userId, r.triggerEventId, items,
                Holdout.VARIANT.equals(r.variant) ? " (holdout: what trends)" : "");
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
    public void message(Message m) {
        out.println(describe(m));
    }

    /** One line: kind, shopper, items, offer, why, and the event time it went out. */
    static String describe(Message m) {
        String offer = m.offer == null ? "no offer" : String.format(Locale.ROOT, "offer %s (ev %.2f)", m.offer.itemId, m.offer.expectedValue);
        return String.format(Locale.ROOT, "MESSAGE  %-16s user %-12s items %s, %s: %s [sent %s]", m.kind.wireName(), m.userId,
                m.items, offer, m.reason, Instant.ofEpochMilli(m.sendTime));
    }

    @Override
    public void alert(IntentAlert a) {
        String actions = a.contributions.stream().limit(3)
                .map(c -> c.type + (c.itemId != null ? " " + c.itemId : "")).collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "ALERT    %s user %-12s score %.1f >= %.1f after %s%n", a.type, a.userId, a.score, a.threshold, actions);
    }

    @Override
    public void deadLetter(DeadLetter letter) {
        deadLetters.add(letter);
        if (quiet) return;
        String text = letter.payload == null ? "(no value)" : new String(letter.payload, StandardCharsets.UTF_8);
        out.printf("DEAD     %s <- %s%n", letter.reason, text.length() > 60 ? text.substring(0, 60) + "..." : text);
    }
}
