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
        assertTrue(parsed().feed.badRecords);
        assertFalse(parsed("--no-bad-records").feed.badRecords);
        assertTrue(parsed("--bad-records").feed.badRecords);
    }

    @Test
    void anEventsFileReplacesTheShopUnlessAskedForBoth() {
        assertNull(parsed().feed.eventsFile);
        DemoCommand fileOnly = parsed("--events-file", "lines.jsonl");
        assertEquals(Path.of("lines.jsonl"), fileOnly.feed.eventsFile);
        assertFalse(fileOnly.feed.withShop);
        assertTrue(parsed("--events-file", "lines.jsonl", "--with-shop").feed.withShop);
    }

    @Test
    void theLocalEnvironmentsShopIsTheDemosUnlessOptionsOrSetSayOtherwise() {
        DemoCommand local = parsed();
        assertEquals(250, local.engine.launch(local.input.overrides()).tools().syntheticShop().users());
        DemoCommand users = parsed("--users", "40");
        assertEquals(40, users.engine.launch(users.input.overrides()).tools().syntheticShop().users());
        DemoCommand set = parsed("--set", "syntheticShop.users=30", "--set", "runtime.parallelism=1");
        assertEquals(30, set.engine.launch(set.input.overrides()).tools().syntheticShop().users());
        assertEquals(1, set.engine.load(set.input.overrides()).runtime().parallelism());
    }
}
