package org.streamrec.tools.eval;

import org.streamrec.tools.config.EvalConfig;

/**
 * The event times that are scored: [{@code eval.scoreFrom}, {@code eval.scoreUntil}) of the
 * {@link TimeSpan}, open-ended when the fraction is 0 or 1 (so stray timestamps outside the span
 * are still scored when the window reaches that end).
 *
 * @param from first scored time, epoch ms, or Long.MIN_VALUE
 * @param until first time no longer scored, epoch ms, or Long.MAX_VALUE
 */
public record ScoreWindow(long from, long until) {

    public static ScoreWindow of(EvalConfig config, TimeSpan span) {
        return new ScoreWindow(
                config.scoreFrom() == 0 ? Long.MIN_VALUE : span.at(config.scoreFrom()),
                config.scoreUntil() == 1 ? Long.MAX_VALUE : span.at(config.scoreUntil()));
    }

    public boolean contains(long eventTime) {
        return eventTime >= from && eventTime < until;
    }
}
