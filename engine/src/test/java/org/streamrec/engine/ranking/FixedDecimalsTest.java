package org.streamrec.engine.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedDecimalsTest {
    private static void sameAsFormatter(double v) {
        for (int decimals = 2; decimals <= 3; decimals++) {
            assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), FixedDecimals.of(v, decimals), "value " + v);
        }
    }

    @Test
    void halfwayAndSpecialValuesAsFormatter() {
        for (double v : new double[] {0.0005, 1.0005, 2.675, 1.005, 0.125, 0.9995, 9.9995, 4.35, 1e7, 1.5e-4, 1e-10, 1e20,
                123456789.125, 0.0, -0.0, -1.2345, -0.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE, Double.MAX_VALUE}) {
            sameAsFormatter(v);
        }
    }

    @Test
    void randomValuesAsFormatter() {
        Random random = new Random(1);
        for (int i = 0; i < 50_000; i++) {
            sameAsFormatter(random.nextDouble());
            sameAsFormatter(random.nextDouble() * 10_000);
            sameAsFormatter(Math.round(random.nextDouble() * 1e6) / 1e4 + 0.0005);
            sameAsFormatter(Math.round(random.nextDouble() * 1e5) / 1e3 + 0.005);
            sameAsFormatter(Math.exp(random.nextGaussian() * 10));
        }
    }
}
