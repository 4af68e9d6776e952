package org.streamrec.engine.similarity;

import java.io.Serializable;
import java.time.Duration;

/**
 * Exponential decay by half-life without rewriting stored sums on every tick (forward decay,
 * Cormode et al.): a weight w added at event time t is stored as w x 2^((t - L) / halfLife) against a
 * landmark L, so a sum of such values is the decayed sum times one common factor that cancels in
 * every ratio the engine takes (similarities, shares, rankings).
 *
 * <p>The landmark is not one fixed date, which would overflow a double for short half-lives or
 * event times far from it: time is cut into epochs of {@link #EPOCH_HALF_LIVES} half-lives, each with
 * its own landmark at its start. A stored value carries its epoch; values of different epochs are
 * brought to the later one by {@link #convert} (a factor 2^-64 per epoch) before they are combined.
 * Within an epoch a factor stays below 2^64, and a value of a much older epoch fades to 0, as it should.
 */
public final class ForwardDecay implements Serializable {
    public static final int EPOCH_HALF_LIVES = 64;

    private final double halfLifeMillis;
    private final long epochMillis;

    public ForwardDecay(Duration halfLife) {
        if (halfLife.isNegative() || halfLife.isZero()) throw new IllegalArgumentException("half-life must be positive: " + halfLife);
        this.halfLifeMillis = halfLife.toMillis();
        this.epochMillis = Math.multiplyExact(halfLife.toMillis(), EPOCH_HALF_LIVES);
    }

    /** The epoch event time {@code time} falls in. */
    public int epochOf(long time) {
        return Math.toIntExact(Math.floorDiv(time, epochMillis));
    }

    /** The factor a weight added at {@code time} is stored with in {@code epoch}. */
    public double factor(long time, int epoch) {
        return Math.pow(2, (time - epoch * (double) epochMillis) / halfLifeMillis);
    }

    /** {@code value}, stored in epoch {@code from}, in epoch {@code to}. */
    public static double convert(double value, int from, int to) {
        return from == to ? value : value * Math.pow(2, (double) (from - to) * EPOCH_HALF_LIVES);
    }

    /** The plain decayed value at event time {@code time} of {@code value} stored in {@code epoch}. */
    public double valueAt(double value, int epoch, long time) {
        return value / factor(time, epoch);
    }
}
