package org.streamrec.tools.upgrade;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.ConfigLoader;
import org.streamrec.engine.model.Recommendation;

/**
 * An upgrade as an operator does it: stop the job with a savepoint, start the next build from it
 * with no state left behind (allowNonRestoredState false). The next build has a setting changed
 * (ranking.listSize) and an operator more (keyed, with state of its own); what the shop did before
 * the stop must shape what it gets after it.
 */
class StopAndRestoreTest {
    private static final int NEXT_LIST_SIZE = 1;

    @TempDir Path directory;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void theNextBuildWithAChangedSettingAndAnAddedOperatorGoesOnFromTheSavepoint() throws Exception {
        Map<String, String> settings = UpgradeScenario.settings(directory.resolve("checkpoints").toUri().toString());
        String savepoint;
        try (UpgradeRun first = UpgradeRun.first(ConfigLoader.load("test", settings))) {
            UpgradeScenario.awaitBeforeStop(first);
            assertTrue(first.listsOf(UpgradeScenario.ALICE).stream().anyMatch(r -> r.items.size() > NEXT_LIST_SIZE),
                    "no list of Alice's before the stop is longer than the next build's list size: the changed setting would not show");
            savepoint = first.stopWithSavepoint(directory.resolve("savepoints").toUri().toString());
        }

        Map<String, String> next = new HashMap<>(settings);
        next.put("ranking.listSize", Integer.toString(NEXT_LIST_SIZE));
        try (UpgradeRun restored = UpgradeRun.restored(ConfigLoader.load("test", next), savepoint, true)) {
            UpgradeScenario.assertRestored(restored);
            for (Recommendation list : restored.lists.collected()) {
                assertTrue(list.items.size() <= NEXT_LIST_SIZE, "a list longer than the changed ranking.listSize: " + list.items);
            }
        }
    }
}
