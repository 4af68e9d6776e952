package org.streamrec.engine.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code String.format(Locale.ROOT, "%.nf", v)}, character for character, at a quarter of the cost:
 * like Formatter, it rounds the shortest decimal representation ({@link Double#toString}) half up.
 */
final class FixedDecimals {
    private FixedDecimals() {}

    static String of(double v, int decimals) {
        // Formatter's own spelling of zero, negatives ("-0.000"), NaN and infinity.
        if (!(v > 0) || Double.isInfinite(v)) return String.format(Locale.ROOT, "%." + decimals + "f", v);
        return new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
