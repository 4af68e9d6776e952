package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.Event;
import org.streamrec.engine.model.EventType;
import org.streamrec.engine.model.Reminder;
import org.streamrec.tools.config.LaunchConfig;
import org.streamrec.tools.shop.SyntheticShop;

/**
 * What makes the engine's reminder sweep both cheap and faithful: replaying only the events the
 * reminders depend on ({@link ReminderInputs}) gives exactly the reminders of the whole replay.
 */
class ReminderInputsIntegrationTest {

    @Test
    void replayingOnlyTheReminderInputsGivesTheSameReminders() throws Exception {
        LaunchConfig config = LaunchConfig.load("test", Map.of("syntheticShop.users", "40", "syntheticShop.items", "60",
                "syntheticShop.duration", "30d", "syntheticShop.maxEvents", "2500", "reminders.minConfidence", "0.2"));
        List<Event> events = new ArrayList<>();
        new SyntheticShop(config.tools().syntheticShop()).forEachRemaining(events::add);
        // The shop stamps a time zone on every event, and the reminders read every such event; without
        // them the browsing is what a sweep can leave out.
        events.forEach(e -> e.timeZone = null);
        List<Event> inputs = ReminderInputs.of(events);
        assertTrue(inputs.stream().anyMatch(e -> e.type == EventType.PURCHASE) && inputs.size() < events.size() / 2,
                inputs.size() + " of " + events.size());

        FlinkEngineReplay engine = new FlinkEngineReplay(new PrintStream(OutputStream.nullOutputStream()));
        List<String> all = ids(engine.replay(events, config).reminders());
        List<String> fromInputs = ids(engine.replay(inputs, config).reminders());
        assertTrue(all.size() >= 5, "reminders to compare: " + all.size());
        assertEquals(all, fromInputs);
    }

    private static List<String> ids(List<Reminder> reminders) {
        return reminders.stream().map(r -> r.reminderId + "@" + r.dueTime + ":" + r.items.size()).sorted().toList();
    }
}
