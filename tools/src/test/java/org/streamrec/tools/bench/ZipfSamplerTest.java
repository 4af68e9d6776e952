package org.streamrec.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ZipfSamplerTest {
    @Test
    void ranksSplitTheUnitIntervalByWeight() {
        // Exponent 1 over 3 ranks: weights 1, 1/2, 1/3 of 11/6, i.e. boundaries at 6/11 and 9/11.
        ZipfSampler zipf = new ZipfSampler(3, 1.0);
        assertEquals(0, zipf.rank(0.0));
        assertEquals(0, zipf.rank(6.0 / 11 - 1e-9));
        assertEquals(1, zipf.rank(6.0 / 11 + 1e-9));
        assertEquals(1, zipf.rank(9.0 / 11 - 1e-9));
        assertEquals(2, zipf.rank(9.0 / 11 + 1e-9));
        assertEquals(2, zipf.rank(0.999999));
    }

    @Test
    void exponentZeroIsUniform() {
        ZipfSampler uniform = new ZipfSampler(4, 0);
        assertEquals(1, uniform.rank(0.26));
        assertEquals(3, uniform.rank(0.76));
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> new ZipfSampler(0, 1));
    }
}
