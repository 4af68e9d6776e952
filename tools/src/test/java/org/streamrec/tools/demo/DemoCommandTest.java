package org.streamrec.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
    private static DemoCommand parsed(String... args) {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs(args);
        return demo;
    }

    @Test
    void badRecordsAreMixedInUnlessTurnedOff() {
        assertTrue(parsed().badRecords);
        assertFalse(parsed("--no-bad-records").badRecords);
        assertTrue(parsed("--bad-records").badRecords);
    }

    @Test
    void anEventsFileReplacesTheShopUnlessAskedForBoth() {
        assertNull(parsed().eventsFile);
        DemoCommand fileOnly = parsed("--events-file", "lines.jsonl");
        assertEquals(Path.of("lines.jsonl"), fileOnly.eventsFile);
        assertFalse(fileOnly.withShop);
        assertTrue(parsed("--events-file", "lines.jsonl", "--with-shop").withShop);
    }
}
