package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private long now;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), "scoring", () -> now);

    private String[] lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
    }

    @Test
    void printsAtEveryFivePercentEveryTwoSecondsAndAtTheEnd() {
        for (int done = 1; done <= 49; done++) {
            now += TimeUnit.MILLISECONDS.toNanos(10);
            progress.tick(done, 1_000);
        }
        assertEquals(0, lines().length, "under 5% and under 2 s");
        now += TimeUnit.SECONDS.toNanos(2);
        progress.tick(50, 1_000);
        assertEquals("scoring: 50 / 1,000 events (5%), 20 events/s", lines()[0]);
        progress.tick(51, 1_000);
        progress.tick(99, 1_000);
        assertEquals(1, lines().length);
        now += TimeUnit.SECONDS.toNanos(2);
        progress.tick(100, 1_000);
        progress.tick(1_000, 1_000);
        assertEquals(3, lines().length);
        assertEquals("scoring: 1,000 / 1,000 events (100%), 223 events/s", lines()[2]);
    }
}
