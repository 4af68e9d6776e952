package org.streamrec.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.engine.model.Event;
import picocli.CommandLine;

class TuneCommandTest {
    @TempDir Path dir;

    @Test
    void theGridIsEveryCombinationInOrder() {
        assertEquals(List.of(Map.of("a", "1", "b", "x"), Map.of("a", "1", "b", "y"), Map.of("a", "2", "b", "x"), Map.of("a", "2", "b", "y")),
                SettingsGrid.of(List.of("a=1,2", "b=x,y")));
        assertEquals(List.of(Map.of()), SettingsGrid.of(List.of()));
        assertEquals("a=1, b=x", SettingsGrid.label(SettingsGrid.of(List.of("a=1", "b=x")).get(0)));
        assertThrows(IllegalArgumentException.class, () -> SettingsGrid.of(List.of("a")));
    }

    @Test
    void oneRowPerSettingAndDatasetEachDatasetReadOnceAndReplayedOnlyUpToTheScoredPart() throws IOException {
        StringBuilder csv = new StringBuilder("user_id,item_id,event_type,timestamp\n");
        for (int i = 0; i < 200; i++) csv.append("u").append(i % 5).append(",i").append(i % 7).append(",view,").append(1_600_000_000L + 60L * i).append('\n');
        Path data = Files.writeString(dir.resolve("shop.csv"), csv);
        List<Integer> replayed = new ArrayList<>();
        EngineReplay counting = (events, config) -> {
            replayed.add(events.size());
            return new PopularityEngineReplay().replay(events, config);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new CommandLine(new TuneCommand(counting, new PrintStream(out, true, StandardCharsets.UTF_8))).execute(
                "--dataset", "csv:" + data, "--dataset", "csv:" + data, "--grid", "ranking.listSize=1,20", "--out", dir.resolve("t.md").toString());
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, text.split("tune: read shop.csv", -1).length - 1, "each --dataset read once\n" + text);
        assertEquals(List.of(100, 100, 100, 100), replayed, "four replays, each of the first half only");
        String table = Files.readString(dir.resolve("t.md"));
        assertEquals(6, table.lines().count(), table);
        assertTrue(table.contains("| ranking.listSize=1 | shop.csv | "), table);
        assertTrue(table.contains("| ranking.listSize=20 | shop.csv | "), table);
        List<String> hitRates = table.lines().skip(2).map(l -> l.split("\\|")[3].trim()).toList();
        assertTrue(!hitRates.get(0).equals(hitRates.get(2)), "listSize reached the engine: " + hitRates);
    }
}
