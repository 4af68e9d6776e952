package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.tools.config.EvalConfig;
import org.streamrec.tools.config.LaunchConfig;

class BaselineTuningTest {
    private static final EvalConfig EVAL = LaunchConfig.load(null, Map.of("eval.excludeLastEvents", "0")).tools().eval();
    private static final ProgressLine QUIET = new ProgressLine(new PrintStream(OutputStream.nullOutputStream()), "t", System::nanoTime);

    private static Baseline trending(String... windows) {
        List<Variant> variants = new ArrayList<>();
        for (String w : windows) {
            Duration d = org.streamrec.config.Durations.parse(w);
            variants.add(new Variant("window=" + w, name -> CountingRecommender.trending(name, d, 0)));
        }
        return new Baseline("trending", "test", variants);
    }

    /**
     * Before minute 1000 the next item is the one most viewed in the last 10 minutes; after it, the
     * one most viewed in the last 1000 minutes. Tuning must see only the first part.
     */
    @Test
    void theSettingThatWinsBeforeTheScoredWindowIsChosenAndNothingAfterItCounts() {
        Events events = new Events();
        List<Event> replay = new ArrayList<>();
        for (int m = 0; m < 1000; m += 20) {
            replay.add(events.view("a" + m, "old", m));
            replay.add(events.view("b" + m, "hot" + m, m + 1));
            replay.add(events.view("c" + m, "hot" + m, m + 2));
            replay.add(events.view("d" + m, "hot" + m, m + 3));
        }
        for (int m = 1000; m < 2000; m += 20) {
            replay.add(events.view("e" + m, "steady", m));
            replay.add(events.view("f" + m, "steady", m + 1));
            replay.add(events.view("g" + m, "steady", m + 2));
        }
        long scoredFrom = 1000 * 60_000L;
        List<BaselineTuning.Choice> choices =
                BaselineTuning.tune(List.of(trending("1000m", "10m")), replay, scoredFrom, EVAL, QUIET);
        assertEquals("window=10m", choices.get(0).chosen().setting());
        assertEquals(2, choices.get(0).tried().size());
        assertTrue(choices.get(0).tried().get(1).hitRate() > choices.get(0).tried().get(0).hitRate(), choices.get(0).tried().toString());
        assertEquals("trending", choices.get(0).model().name());

        List<BaselineTuning.Choice> untuned = BaselineTuning.tune(List.of(trending("1000m", "10m")), replay, Long.MIN_VALUE, EVAL, QUIET);
        assertEquals("window=1000m", untuned.get(0).chosen().setting(), "nothing before the window: the default");
        assertEquals(List.of(), untuned.get(0).tried());
    }
}
