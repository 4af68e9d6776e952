package org.streamrec.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.DeadLetter;

class DeadLetterReportTest {
    @Test
    void countsByCodeMostFirstAndNamesTheFileLinesTheyWereWhicheverIsKnownFirst() {
        DeadLetterReport report = new DeadLetterReport();
        for (int line = 2; line <= 13; line++) {
            report.add(new DeadLetter(new byte[0], "bad_json: line " + line, "recs.events", 0, 100 + line));
        }
        for (int line = 1; line <= 14; line++) report.sentLine(line, "recs.events", 0, 100 + line);
        report.add(new DeadLetter(null, "empty_payload", "recs.events", 0, 114));
        report.add(new DeadLetter(null, "too_deep: objects and arrays nest more than 16 deep", "recs.rules", 0, 101));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("""
                  events file          14 lines sent: 1 accepted, 13 dead letters
                  dead letters by reason
                    bad_json              12  e.g. bad_json: line 2
                                              lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ...
                    empty_payload          1  e.g. empty_payload
                                              line 14
                    too_deep               1  e.g. too_deep: objects and arrays nest more than 16 deep
                """, bytes.toString(StandardCharsets.UTF_8));
    }
}
