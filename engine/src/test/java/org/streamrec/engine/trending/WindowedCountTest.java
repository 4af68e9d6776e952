package org.streamrec.engine.trending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Window of 3 slides of 10 ms. */
class WindowedCountTest {
    private final WindowedCount count = new WindowedCount();

    private void add(long... times) {
        for (long t : times) count.add(t, 10, 3);
    }

    @Test
    void countsWhatFallsInTheLastThreeSlides() {
        add(0, 5, 12, 25, 29);
        assertEquals(5, count.countAt(29, 10, 3));
        assertEquals(3, count.countAt(30, 10, 3), "slide 0 left the window");
        assertEquals(2, count.countAt(40, 10, 3));
        assertEquals(0, count.countAt(50, 10, 3));
    }

    @Test
    void stateStaysFixedAndOldEventsAreIgnored() {
        for (long t = 0; t < 10_000; t++) count.add(t, 10, 3);
        assertEquals(3, count.ring.size());
        assertEquals(30, count.countAt(9_999, 10, 3));
        add(9_000);
        assertEquals(30, count.countAt(9_999, 10, 3), "older than the window");
        add(9_985);
        assertEquals(31, count.countAt(9_999, 10, 3), "late but inside the window");
    }

    @Test
    void aLongGapClearsEverything() {
        add(0, 1, 2);
        add(1_000);
        assertEquals(1, count.countAt(1_000, 10, 3));
    }
}
