package org.streamrec.tools.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.streamrec.config.ConfigException;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.DocumentedDefaults;
import org.streamrec.config.KafkaConfig.StartingOffsets;

/** The tools' settings live beside the job's, reached by the same --config and --set. */
class LaunchConfigTest {

    @Test
    void toolsDefaultsAreDocumentedKeyByKey() throws IOException {
        try (InputStream in = ToolsConfig.class.getResourceAsStream("/tools-defaults.yaml")) {
            assertEquals(List.of(), DocumentedDefaults.undocumentedKeys(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void theLocalEnvironmentGivesTheDemoItsSmallerShop() {
        LaunchConfig local = LaunchConfig.load("local", Map.of());
        assertEquals(250, local.tools().syntheticShop().users(), "tools-envs/local.yaml");
        assertEquals(StartingOffsets.EARLIEST, local.engine().kafka().startingOffsets(), "envs/local.yaml");
        assertEquals(1000, LaunchConfig.load("test", Map.of()).tools().syntheticShop().users());
        assertEquals(ConfigLoader.load("local", Map.of()), local.engine(), "the job loads its part of local alone");
    }

    @Test
    void setReachesEitherConfigurationByItsSection() {
        LaunchConfig c = LaunchConfig.load("local", Map.of("syntheticShop.users", "40", "eval.trendingWindow", "2h",
                "similarity.topK", "20"));
        assertEquals(40, c.tools().syntheticShop().users());
        assertEquals(Duration.ofHours(2), c.tools().eval().trendingWindow());
        assertEquals(20, c.engine().similarity().topK());
    }

    @Test
    void oneFileMayHoldTheJobsAndTheToolsSections(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "syntheticShop:\n  users: 12\nranking:\n  listSize: 7\n");
        LaunchConfig c = LaunchConfig.load(file.toString(), Map.of());
        assertEquals(12, c.tools().syntheticShop().users());
        assertEquals(7, c.engine().ranking().listSize());
    }

    @Test
    void problemsOfBothAreReportedTogetherByKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> LaunchConfig.load(null, Map.of(
                "syntheticShop.users", "0", "similarity.topK", "0")));
        assertEquals(List.of("similarity.topK: must be > 0, got 0", "syntheticShop.users: must be > 0, got 0"), e.problems());
        ConfigException unknown = assertThrows(ConfigException.class, () -> LaunchConfig.load(null, Map.of("evl.scoreFrom", "0")));
        assertTrue(unknown.problems().get(0).startsWith("evl: unknown key (known here: kafka,"), unknown.getMessage());
        assertTrue(unknown.problems().get(0).contains("syntheticShop, eval, reminderEval"), unknown.getMessage());
    }

    @Test
    void theJobsConfigurationHasNoToolSettings() {
        for (String key : List.of("syntheticShop.users", "eval.scoreFrom", "reminderEval.window")) {
            ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(key, "1")));
            assertTrue(e.problems().get(0).contains("unknown key"), e.getMessage());
        }
    }
}
