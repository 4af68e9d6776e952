package org.streamrec.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LatencyHarnessTest {
    private final ScheduledExecutorService pipeline = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopPipeline() {
        pipeline.shutdownNow();
    }

    /** A pipeline that answers every event 1 ms after it was sent, except the dropped ones. */
    private OpenLoopSchedule.Sender answeringAllBut(LatencyHarness harness, Set<Long> dropped) {
        return index -> {
            if (!dropped.contains(index)) {
                pipeline.schedule(() -> harness.answered(index, System.nanoTime()), 1, TimeUnit.MILLISECONDS);
            }
        };
    }

    @Test
    void aDroppedAnswerIsAMissThatCountsAsInfinitelyLate() throws Exception {
        LatencyHarness harness = new LatencyHarness(4000, 100, 1000, Duration.ofMillis(300));

        LatencyOutcome outcome = harness.run(answeringAllBut(harness, Set.of(537L)), () -> {});

        assertEquals(1000, outcome.measured());
        assertEquals(999, outcome.answered());
        assertEquals(1, outcome.misses());
        assertEquals(0.999, outcome.answeredShare(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, outcome.max());
        assertTrue(Double.isFinite(outcome.p99()), "one miss in 1,000 is not 1%: " + outcome);
        assertTrue(outcome.drainSeconds() >= 0.3, "waited the whole drain timeout for the missing list: " + outcome);
    }

    @Test
    void p99IsInfiniteOnceMoreThanOnePercentIsMissed() throws Exception {
        LatencyHarness tenMissed = new LatencyHarness(4000, 0, 1000, Duration.ofMillis(200));
        LatencyHarness elevenMissed = new LatencyHarness(4000, 0, 1000, Duration.ofMillis(200));

        LatencyOutcome exactlyOnePercent = tenMissed.run(answeringAllBut(tenMissed,
                Set.of(1L, 90L, 180L, 270L, 360L, 450L, 540L, 630L, 720L, 810L)), () -> {});
        LatencyOutcome overOnePercent = elevenMissed.run(answeringAllBut(elevenMissed,
                Set.of(1L, 90L, 180L, 270L, 360L, 450L, 540L, 630L, 720L, 810L, 900L)), () -> {});

        assertTrue(Double.isFinite(exactlyOnePercent.p99()), exactlyOnePercent.toString());
        assertEquals(Double.POSITIVE_INFINITY, overOnePercent.p99(), overOnePercent.toString());
        assertEquals(Double.POSITIVE_INFINITY, overOnePercent.p999());
        assertTrue(Double.isFinite(overOnePercent.p50()));
    }

    @Test
    void warmUpEventsAndRepeatedListsAreKeptApart() throws Exception {
        LatencyHarness harness = new LatencyHarness(4000, 50, 200, Duration.ofMillis(200));

        LatencyOutcome outcome = harness.run(index -> {
            harness.answered(index, System.nanoTime());
            if (index % 2 == 0) harness.answered(index, System.nanoTime());
        }, () -> {});

        assertEquals(200, outcome.answered());
        assertEquals(300, outcome.lists(), "two lists for every even event, warm-up events not counted");
        assertEquals(1.5, outcome.listsPerEvent(), 1e-12);
    }

    @Test
    void aStalledSenderDoesNotHideTheLatencyOfTheEventsItHeldBack() throws Exception {
        // The system answers instantly, but the sender blocks for 300 ms at event 200 (as a producer
        // does when its buffer is full): events 200..499 were due during the stall.
        LatencyHarness harness = new LatencyHarness(1000, 0, 1000, Duration.ofMillis(200));
        long[] measuredFromActualSend = {0};

        LatencyOutcome outcome = harness.run(index -> {
            if (index == 200) Thread.sleep(300);
            long sentAt = System.nanoTime();
            long answeredAt = System.nanoTime();
            measuredFromActualSend[0] = Math.max(measuredFromActualSend[0], answeredAt - sentAt);
            harness.answered(index, answeredAt);
        }, () -> {});

        assertTrue(outcome.max() >= 295, "the event due when the stall began waited it out: " + outcome);
        assertTrue(outcome.p99() >= 250, "300 of 1,000 events were held back, up to 300 ms: " + outcome);
        assertTrue(outcome.p50() < 50, "the rest was prompt: " + outcome);
        assertTrue(outcome.maxSendLatenessMillis() >= 295, outcome.toString());
        assertTrue(measuredFromActualSend[0] < TimeUnit.MILLISECONDS.toNanos(50),
                "timed from the actual send, the stall would not show at all");
    }
}
