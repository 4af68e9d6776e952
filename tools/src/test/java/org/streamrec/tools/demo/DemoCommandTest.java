package org.streamrec.tools.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(parsed().feed.badRecords);
        assertFalse(parsed("--no-bad-records").feed.badRecords);
        assertTrue(parsed("--bad-records").feed.badRecords);
    }
}
