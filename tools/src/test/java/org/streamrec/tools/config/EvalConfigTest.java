package org.streamrec.tools.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.streamrec.config.ConfigException;
import org.junit.jupiter.api.Test;

class EvalConfigTest {

    @Test
    void defaultsAreUsableAndOverridable() {
        EvalConfig eval = LaunchConfig.load(null, Map.of("eval.trendingWindow", "2h", "eval.excludeLastEvents", "0")).tools().eval();
        assertEquals(Duration.ofHours(2), eval.trendingWindow());
        assertEquals(0, eval.excludeLastEvents());
        assertEquals(Duration.ofMinutes(30), LaunchConfig.defaults().tools().eval().sessionGap());
    }

    @Test
    void eachBadValueIsNamedByItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> LaunchConfig.load(null, Map.of(
                "eval.scoreFrom", "0.8",
                "eval.scoreUntil", "0.5",
                "eval.knnTrainFraction", "1",
                "eval.excludeLastEvents", "-1",
                "eval.knnNeighbours", "0")));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.problems().contains("eval.scoreUntil: must be greater than scoreFrom (0.8), got 0.5"), e.getMessage());
        assertTrue(e.problems().contains("eval.knnTrainFraction: must be strictly between 0 and 1, got 1.0"), e.getMessage());
        assertTrue(e.problems().contains("eval.excludeLastEvents: must be >= 0, got -1"), e.getMessage());
        assertTrue(e.problems().contains("eval.knnNeighbours: must be > 0, got 0"), e.getMessage());
    }
}
