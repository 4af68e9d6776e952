package org.streamrec.engine.similarity;

import java.time.Duration;

/**
 * Makes old co-occurrence fade with a half-life without ever rewriting stored counts: an increment
 * made at event time t is stored multiplied by 2^((t - REFERENCE) / halfLife). Every stored count
 * and pair count is then the decayed value times the same factor 2^((now - REFERENCE) / halfLife),
 * which cancels in cosine and Jaccard and scales every lift alike, so rankings are exactly those of
 * the decayed counts. Doubles hold the factor for about ±900 half-lives around the reference year.
 */
public final class CooccurrenceDecay {
    /** 2020-01-01T00:00:00Z. */
    static final long REFERENCE_MILLIS = 1_577_836_800_000L;

    private final double halfLifeMillis;

    public CooccurrenceDecay(Duration halfLife) {
        this.halfLifeMillis = halfLife.toMillis();
    }

    /** The factor an increment made at {@code eventTime} is stored with. */
    public double weightAt(long eventTime) {
        return Math.pow(2, (eventTime - REFERENCE_MILLIS) / halfLifeMillis);
    }
}
