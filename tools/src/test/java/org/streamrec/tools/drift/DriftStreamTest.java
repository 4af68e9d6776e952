package org.streamrec.tools.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.connectors.dataset.DatasetFormats;
import org.streamrec.connectors.dataset.RejectedRows;
import org.streamrec.engine.model.Event;

class DriftStreamTest {
    private final DriftStream stream = new DriftStream(100, 4, 10, 12, 60, 0.9, 1_700_000_000_000L, 5);

    /** The share of a user's consecutive views (in one session) that are the most frequent successor seen in the other half. */
    private static Map<String, String> mostFrequentSuccessor(List<Event> views) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Event> last = new HashMap<>();
        for (Event e : views) {
            Event before = last.put(e.userId, e);
            if (before != null && e.eventTime - before.eventTime == 60_000) {
                counts.computeIfAbsent(before.itemId, i -> new HashMap<>()).merge(e.itemId, 1, Integer::sum);
            }
        }
        Map<String, String> best = new HashMap<>();
        counts.forEach((item, next) -> best.put(item, next.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return best;
    }

    @Test
    void whatFollowsWhatIsStableWithinAHalfAndChangesAtTheShift() {
        List<Event> events = stream.events();
        assertTrue(events.stream().map(Event::toString).toList().equals(stream.events().stream().map(Event::toString).toList()), "deterministic");
        List<Event> first = events.stream().filter(e -> e.eventTime < stream.shiftTime() - 600_000).toList();
        List<Event> second = events.stream().filter(e -> e.eventTime >= stream.shiftTime() + 600_000).toList();
        Map<String, String> before = mostFrequentSuccessor(first);
        Map<String, String> after = mostFrequentSuccessor(second);
        long same = before.keySet().stream().filter(i -> before.get(i).equals(after.get(i))).count();
        assertTrue(before.size() >= 35, "most items have successors: " + before.size());
        assertTrue(same < before.size() / 4, "the cycles were shuffled: " + same + " of " + before.size() + " kept their successor");
        for (int k = 1; k < events.size(); k++) assertTrue(events.get(k - 1).eventTime <= events.get(k).eventTime);
    }

    @Test
    void theCsvReadsBackThroughTheCsvFormat(@TempDir Path dir) throws IOException {
        List<Event> events = stream.events();
        Path file = dir.resolve("drift.csv");
        DriftCommand.write(events, file);
        RejectedRows rejected = new RejectedRows();
        List<Event> read;
        try (var rows = new DatasetFormats(rejected).find("csv").orElseThrow().read(file)) {
            read = rows.filter(e -> e.type.isInteraction()).toList();
        }
        assertEquals(0, rejected.count(), rejected.examples().toString());
        assertEquals(events.size(), read.size());
        assertEquals(events.get(7).itemId, read.get(7).itemId);
        assertEquals(events.get(7).eventTime, read.get(7).eventTime);
    }
}
