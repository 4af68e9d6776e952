package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.tools.config.LaunchConfig;

/**
 * The engine's emitted lists are placed without leakage or lag: with a single user, an engine that
 * emits popularity lists after each event must score exactly like the popularity baseline, which
 * is asked live before each event.
 */
class EngineAlignmentTest {

    @Test
    void emittedListsScoreExactlyLikeTheSameModelAskedLive() throws Exception {
        LaunchConfig config = LaunchConfig.load(null, Map.of("ranking.listSize", "20", "eval.scoreFrom", "0"));
        Events events = new Events();
        List<Event> replay = new ArrayList<>();
        String[] items = {"a", "b", "a", "c", "b", "a", "d", "c", "a", "e", "b", "d", "a", "f", "c"};
        for (int i = 0; i < items.length; i++) replay.add(events.view("solo", items[i], i * 45L));
        replay.add(events.purchase("solo", 1_000, "a", "d", "g"));

        List<StreamingRecommender> models = List.of(
                new EmittedListsRecommender(replay, new PopularityEngineReplay().replay(replay, config).recommendations()),
                CountingRecommender.popularity(config.tools().eval().excludeLastEvents()));
        List<TargetScores> scores = new PrequentialEvaluator(config.tools().eval())
                .evaluate(replay, models, new ProgressLine(new PrintStream(OutputStream.nullOutputStream()), "t", System::nanoTime));

        for (int t = 0; t < Target.values().length; t++) {
            TargetScores engine = scores.get(t);
            TargetScores popularity = scores.get(Target.values().length + t);
            assertEquals("engine", engine.model());
            assertEquals(popularity.eventsScored(), engine.eventsScored());
            assertEquals(popularity.eventsWithList(), engine.eventsWithList());
            assertArrayEquals(popularity.hitsAtRank(), engine.hitsAtRank(), engine + " vs " + popularity);
            assertEquals(popularity.recommendedItems(), engine.recommendedItems());
        }
        assertTrue(scores.get(0).hitRate(20) > 0, "the case must have hits to compare: " + scores.get(0));
    }
}
