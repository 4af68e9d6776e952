package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.tools.config.EvalConfig;
import org.streamrec.engine.filter.EventItems;
import org.streamrec.engine.model.Event;

class PrequentialEvaluatorTest {
    private final Events events = new Events();
    private final ProgressLine quiet = new ProgressLine(new PrintStream(OutputStream.nullOutputStream()), "t", System::nanoTime);

    private static EvalConfig window(double from, double until) {
        return new EvalConfig(Duration.ofMinutes(30), 2, from, until, Duration.ofHours(1), 0.5, 50, 5, Duration.ofMillis(500), 1000, 42);
    }

    /** Recommends the item it learned last, from anyone: shows whether lists come before learning. */
    private static final class Echo implements StreamingRecommender {
        private final String name;
        private List<String> last = List.of();

        Echo(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> recommend(String userId, int k) {
            return last;
        }

        @Override
        public void learn(Event e) {
            if (!EventItems.of(e).isEmpty()) last = EventItems.of(e);
        }
    }

    @Test
    void eachEventIsScoredAgainstTheListFromBeforeItWasLearned() {
        List<Event> replay = List.of(
                events.view("v", "x", 0),   // no list yet: a miss without a list
                events.view("u", "x", 1),   // list [x] learned from v: hit
                events.view("u", "y", 2),   // list [x]: miss (it would be a hit if learned first)
                events.purchase("w", 3, "y", "z")); // list [y]: y hit at 1, z miss, for both targets
        List<TargetScores> scores = new PrequentialEvaluator(window(0, 1)).evaluate(replay, List.of(new Echo("echo")), quiet);

        assertEquals(2, scores.size());
        TargetScores interaction = scores.get(0);
        assertEquals(Target.NEXT_INTERACTION, interaction.target());
        assertEquals(5, interaction.eventsScored());
        assertEquals(4, interaction.eventsWithList());
        assertEquals(2, interaction.hitsAtRank()[1]);
        assertEquals(0.4, interaction.hitRate(10), 1e-12);
        assertEquals(2.0 / 3, interaction.coverage(), 1e-12, "x and y recommended, of x, y and z seen");

        TargetScores purchase = scores.get(1);
        assertEquals(Target.NEXT_PURCHASE, purchase.target());
        assertEquals(2, purchase.eventsScored());
        assertEquals(0.5, purchase.hitRate(1), 1e-12);
    }

    @Test
    void onlyTheScoreWindowIsScoredButEverythingIsLearned() {
        List<Event> replay = List.of(
                events.view("a", "p", 0),
                events.view("b", "q", 50),
                events.view("c", "r", 99),  // at 0.99 of the span
                events.view("d", "r", 100));
        List<TargetScores> scores = new PrequentialEvaluator(window(0.5, 1)).evaluate(replay, List.of(new Echo("echo")), quiet);
        assertEquals(3, scores.get(0).eventsScored(), "50, 99 and 100: the last event is in when scoreUntil is 1");
        assertArrayEquals(new long[] {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                scores.get(0).hitsAtRank(), "d's r is a hit: c's r was learned just before");

        List<TargetScores> firstHalf = new PrequentialEvaluator(window(0, 0.5)).evaluate(replay, List.of(new Echo("echo")), quiet);
        assertEquals(1, firstHalf.get(0).eventsScored(), "only the event at 0; 50 is the start of the second half");
    }

    @Test
    void resultsFollowTheModelOrderAndNamesMustDiffer() {
        List<Event> replay = List.of(events.view("u", "a", 0));
        List<TargetScores> scores = new PrequentialEvaluator(window(0, 1))
                .evaluate(replay, List.of(new Echo("second"), new Echo("first")), quiet);
        assertEquals(List.of("second/next_interaction", "second/next_purchase", "first/next_interaction", "first/next_purchase"),
                scores.stream().map(s -> s.model() + "/" + s.target().label()).toList());
        assertThrows(IllegalArgumentException.class,
                () -> new PrequentialEvaluator(window(0, 1)).evaluate(replay, List.of(new Echo("x"), new Echo("x")), quiet));
    }
}
