package org.streamrec.tools.eval;

/**
 * How well reminders anticipated repurchases; see {@link ReminderEvaluation} for the definitions.
 *
 * @param reminders reminder items emitted (a merged message with n items counts n)
 * @param judged reminder items whose whole window lies within the user's purchase history
 * @param hits judged reminder items followed by a purchase of their item within the window
 * @param precision hits / judged; NaN when nothing was judged
 * @param repurchases purchases of an item the user had bought before
 * @param covered repurchases preceded by a reminder for the item within the window
 * @param recall covered / repurchases; NaN without repurchases
 * @param timingErrorDaysMedian median days from a hit reminder to the purchase that made it a hit; NaN without hits
 */
public record ReminderScores(
        long reminders,
        long judged,
        long hits,
        double precision,
        long repurchases,
        long covered,
        double recall,
        double timingErrorDaysMedian) {}
