package org.streamrec.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./recs demo --events-file end to end: its own broker and job, a file of good and bad lines, the summary. */
class DemoEventsFileTest {
    @TempDir Path dir;

    @Test
    void eachLineIsOneRecordAndTheSummaryNamesTheRejectedLinesByReason() throws Exception {
        long t = System.currentTimeMillis() - 60_000;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String[] lines = {
            "{\"eventId\":\"f-1\",\"type\":\"view\",\"userId\":\"fu1\",\"eventTime\":" + t + ",\"itemId\":\"fa\"}",
            "{\"eventId\":\"f-2\",\"type\":\"view\",\"userId\":\"fu1\",\"eventTime\":" + (t + 1) + ",\"itemId\":\"fb\"}",
            "{\"eventId\": \"f-3\", \"type\": \"view\",",
            "",
            "[1, 2]",
            "{\"eventId\":\"f-6\",\"eventId\":\"f-6b\"}",
            "{\"eventId\":\"f-7\",\"type\":\"view\",\"userId\":\"fu2\",\"eventTime\":0,\"itemId\":\"fa\"}",
            "{\"eventId\":\"f-8\",\"type\":\"view\",\"userId\":\"fu2\",\"eventTime\":" + (t + 2) + ",\"itemId\":\"fa\"}"};
        for (String line : lines) file.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}', '\n'});
        Path events = Files.write(dir.resolve("events.jsonl"), file.toByteArray());

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new DemoCommand()).execute("--events-file", events.toString(), "--seconds", "0",
                    "--quiet", "--config", "test", "--set", "runtime.checkpointDir=" + dir.resolve("checkpoints").toUri());
        } finally {
            System.setOut(console);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        String summary = output.substring(output.indexOf("Summary"));
        assertTrue(summary.contains("  events file          9 lines sent: 3 accepted, 6 dead letters\n"), summary);
        for (String[] reason : new String[][] {{"bad_json", "line 3"}, {"empty_payload", "line 4"}, {"not_an_object", "line 5"},
                {"duplicate_field", "line 6"}, {"invalid_value", "line 7"}, {"bad_encoding", "line 9"}}) {
            assertTrue(summary.matches("(?s).*\n    " + reason[0] + " +1  e\\.g\\. [^\n]*\n +" + reason[1] + "\n.*"),
                    reason[0] + " on " + reason[1] + ":\n" + summary);
        }
    }
}
