package org.streamrec.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EngineOptionsTest {
    private static EngineOptions parsed(String... args) {
        EngineOptions options = new EngineOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void anotherLauncherGetsEverySettingAndTheJobJarOnlyTheJobs() {
        EngineOptions options = parsed("--config", "test", "--set", "syntheticShop.users=30", "--set", "similarity.topK=20");

        assertEquals(List.of("--config", "test", "--set", "syntheticShop.users=30", "--set", "similarity.topK=20",
                "--set", "eval.scoreFrom=0"), options.arguments(Map.of("eval.scoreFrom", "0")));
        assertEquals(List.of("--config", "test", "--set", "similarity.topK=20", "--set", "runtime.parallelism=3"),
                options.jobArguments(Map.of("eval.scoreFrom", "0", "runtime.parallelism", "3")));
    }
}
