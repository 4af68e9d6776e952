package org.streamrec.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {
    @Test
    void impossibleOptionsAreRefusedTogetherBeforeAnythingStarts() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--floor", "-1", "--users", "0", "--events", "0", "--latency-rate", "0");

        assertEquals(2, exit, err.toString());
        for (String problem : new String[] {"--floor must be 0 or more, got -1", "--users must be at least 1, got 0",
                "--events must be at least 1, got 0", "--latency-rate must be above 0, got 0.0"}) {
            assertTrue(err.toString().contains(problem), err.toString());
        }
    }

    @Test
    void compareAndSoakAreCheckedBeforeAnythingStarts() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--compare", "HEAD", "--soak", "half an hour", "--pairs", "0", "--parallelisms", "1,0",
                "--drain-timeout", "-1");

        assertEquals(2, exit, err.toString());
        for (String problem : new String[] {"--pairs must be at least 1, got 0", "--compare and --soak are two different runs",
                "--soak: 'half an hour' is not a duration", "--parallelisms must all be at least 1, got [1, 0]",
                "--drain-timeout must be 0 or more, got -1"}) {
            assertTrue(err.toString().contains(problem), err.toString());
        }
    }
}
