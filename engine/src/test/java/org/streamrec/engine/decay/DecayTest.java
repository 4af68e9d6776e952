package org.streamrec.engine.decay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecayTest {
    private static final long HOUR = 3_600_000L;

    @Test
    void halvesOncePerHalfLife() {
        assertEquals(4.0, Decay.at(8, 0, HOUR, HOUR), 1e-12);
        assertEquals(1.0, Decay.at(8, 5 * HOUR, 8 * HOUR, HOUR), 1e-12);
    }

    @Test
    void decaysContinuouslyBetweenHalfLives() {
        assertEquals(1 / Math.sqrt(2), Decay.at(1, 0, HOUR / 2, HOUR), 1e-12);
    }

    @Test
    void negativeValuesFadeTowardsZeroToo() {
        assertEquals(-1.5, Decay.at(-3, 0, HOUR, HOUR), 1e-12);
    }

    @Test
    void neverGrowsBackwardsInTime() {
        assertEquals(8.0, Decay.at(8, HOUR, 0, HOUR));
        assertEquals(8.0, Decay.at(8, HOUR, HOUR, HOUR));
        assertEquals(0.0, Decay.at(0, 0, 10 * HOUR, HOUR));
    }
}
