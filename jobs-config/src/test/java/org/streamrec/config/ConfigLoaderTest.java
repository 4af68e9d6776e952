package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.streamrec.config.KafkaConfig.StartingOffsets;

class ConfigLoaderTest {

    /** Expected values below are the ones written in defaults.yaml and envs/*.yaml. */
    @Test
    void defaultsLoadAsDocumented() {
        EngineConfig c = ConfigLoader.defaults();
        assertEquals(List.of(), c.problems());
        assertEquals("localhost:9092", c.kafka().bootstrapServers());
        assertEquals(List.of("recs.events", "recs.catalogue"), c.kafka().inputTopics());
        assertEquals(StartingOffsets.COMMITTED, c.kafka().startingOffsets());
        assertEquals(Duration.ofSeconds(60), c.kafka().transactionTimeout());
        assertEquals(Duration.ofMillis(5), c.runtime().bufferTimeout());
        assertEquals(Duration.ofMillis(100), c.runtime().learningBufferTimeout());
        assertEquals(Duration.ofHours(1), c.runtime().dedupWindow());
        assertEquals(new ActionWeights(1.0, 1.0, 2.0, 3.0, -1.0, 5.0), c.profile().actionWeights());
        assertEquals(Duration.ofDays(30), c.profile().affinityHalfLife());
        assertEquals(Duration.ofMinutes(30), c.profile().sessionGap());
        assertEquals(5000, c.profile().cachedUsers());
        assertEquals(new SimilarityConfig(50, 10, 500, Duration.ofDays(30), 0.8, 0.5, 0.8, 2000, 2000,
                Duration.ofMillis(50), Duration.ofMillis(200)), c.similarity());
        assertEquals(new RankingConfig(10, 5, 0.8, 2, "cooc-v2", 10, 2, 0.5, new RepeatConfig(0.2, 10, 20, 0.5, 10000, 100), Duration.ofSeconds(1),
                new TrendingConfig(Duration.ofHours(1), 10, 1000),
                new ImpressionConfig(3, Duration.ofDays(7), 200)), c.ranking());
        assertEquals("recs.rules", c.kafka().rulesTopic());
        assertEquals(10, c.offer().positionPropensity().size());
    }

    @Test
    void localEnvironmentOverridesOnlyWhatItNames() {
        EngineConfig c = ConfigLoader.load("local", Map.of());
        EngineConfig d = ConfigLoader.defaults();
        assertEquals(StartingOffsets.EARLIEST, c.kafka().startingOffsets());
        assertEquals(Duration.ofSeconds(5), c.runtime().checkpointInterval());
        assertEquals(d.kafka().groupId(), c.kafka().groupId());
        assertEquals(d.profile(), c.profile());
    }

    @Test
    void testEnvironmentLoads() {
        EngineConfig c = ConfigLoader.load("test", Map.of());
        assertEquals(StartingOffsets.EARLIEST, c.kafka().startingOffsets());
        assertEquals(Duration.ofSeconds(2), c.runtime().checkpointInterval());
        assertEquals(Duration.ofSeconds(2), c.runtime().watermarkIdleness());
    }

    @Test
    void productionExampleLoads() {
        EngineConfig c = ConfigLoader.load("production.example", Map.of());
        assertEquals("kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092", c.kafka().bootstrapServers());
        assertEquals("streamrec-engine-prod", c.kafka().groupId());
        assertEquals(12, c.kafka().topicPartitions());
        assertEquals(6, c.runtime().parallelism());
        assertEquals(Duration.ofMillis(10), c.runtime().bufferTimeout());
        assertEquals("s3://my-bucket/streamrec/checkpoints", c.runtime().checkpointDir());
    }

    @Test
    void rankingAndOfferKeysAreValidatedByName() {
        assertTrue(onlyProblem("ranking.trending.halfLife", "0s").startsWith("ranking.trending.halfLife: must be a positive duration"));
        assertTrue(onlyProblem("ranking.seedRecencyDecay", "1.5").startsWith("ranking.seedRecencyDecay: must be > 0 and <= 1"));
        assertTrue(onlyProblem("similarity.alpha", "2").startsWith("similarity.alpha: must be between 0.0 and 1.0"));
        assertTrue(onlyProblem("ranking.impressions.limit", "0").startsWith("ranking.impressions.limit: must be > 0"));
        assertTrue(onlyProblem("ranking.maxPerCategory", "0").startsWith("ranking.maxPerCategory: must be > 0"));
        assertTrue(onlyProblem("offer.positionPropensity", "[0.1, 0.2]").startsWith("offer.positionPropensity: must not rise"));
        assertTrue(onlyProblem("kafka.rulesTopic", "\"\"").startsWith("kafka.rulesTopic: must not be empty"));
    }

    /** The one problem that loading the defaults with this single override reports. */
    private static String onlyProblem(String key, String value) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of(key, value)));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains(e.problems().get(0)), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void unknownKeyIsNamedWithTheKnownKeysBesideIt() {
        String problem = onlyProblem("similarity.topk", "20");
        assertTrue(problem.startsWith("similarity.topk: unknown key"), problem);
        for (String known : List.of("alpha", "topK", "pairsPerEvent", "maxTrackedPairs")) {
            assertTrue(problem.contains(known), problem);
        }
    }

    @Test
    void unknownSectionIsNamedWithTheSections() {
        String problem = onlyProblem("rnaking.listSize", "3");
        assertTrue(problem.startsWith("rnaking: unknown key"), problem);
        assertTrue(problem.contains("ranking"), problem);
    }

    @Test
    void badDurationNamesTheKeyAndTheText() {
        String problem = onlyProblem("runtime.checkpointInterval", "10 sec");
        assertTrue(problem.startsWith("runtime.checkpointInterval: "), problem);
        assertTrue(problem.contains("'10 sec'"), problem);
    }

    @Test
    void nonNumberNamesTheKey() {
        String problem = onlyProblem("similarity.topK", "many");
        assertTrue(problem.startsWith("similarity.topK: "), problem);
    }

    @Test
    void outOfRangeValueNamesTheKey() {
        assertEquals("similarity.topK: must be > 0, got 0", onlyProblem("similarity.topK", "0"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("runtime.parallelism", "0");
        overrides.put("profile.actionWeights.removeFromCart", "2");
        overrides.put("similarity.maxTrackedPairs", "10");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, overrides));
        List<String> keys = e.problems().stream().map(p -> p.substring(0, p.indexOf(':'))).toList();
        assertEquals(List.of("runtime.parallelism", "profile.actionWeights.removeFromCart", "similarity.maxTrackedPairs"),
                keys);
    }

    @Test
    void valueWhereASectionBelongsIsRejected() {
        String problem = onlyProblem("kafka", "3");
        assertTrue(problem.startsWith("kafka: expected a section"), problem);
    }

    @Test
    void overridesAreTypedAndWinOverTheEnvironment() {
        Map<String, String> overrides = Map.of(
                "similarity.topK", "20",
                "similarity.alpha", "1",
                "kafka.inputTopics", "[a, b]",
                "kafka.startingOffsets", "latest",
                "ranking.excludeLastEvents", "0",
                "ranking.variant", "exp-2",
                "profile.affinityHalfLife", "12h");
        EngineConfig c = ConfigLoader.load("local", overrides);
        assertEquals(20, c.similarity().topK());
        assertEquals(1.0, c.similarity().alpha());
        assertEquals(List.of("a", "b"), c.kafka().inputTopics());
        assertEquals(StartingOffsets.LATEST, c.kafka().startingOffsets());
        assertEquals(0, c.ranking().excludeLastEvents());
        assertEquals("exp-2", c.ranking().variant());
        assertEquals(Duration.ofHours(12), c.profile().affinityHalfLife());
        assertEquals(Duration.ofSeconds(5), c.runtime().checkpointInterval(), "local's own value is kept");
    }

    @Test
    void yamlFileByPathIsLoaded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, """
                kafka:
                  bootstrapServers: broker:29092
                similarity:
                  directedWeight: 1
                  topK: 7
                """);
        EngineConfig c = ConfigLoader.load(file.toString(), Map.of("similarity.topK", "8"));
        assertEquals("broker:29092", c.kafka().bootstrapServers());
        assertEquals(1.0, c.similarity().directedWeight());
        assertEquals(8, c.similarity().topK());
    }

    @Test
    void problemsInAFileNameTheFileAndTheKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "profile:\n  actionWeights:\n    veiw: 2\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file.toString(), Map.of()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("profile.actionWeights.veiw: unknown key"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka: [unclosed", "- just\n- a list\n"})
    void unusableYamlIsRejected(String text, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, text);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file.toString(), Map.of()));
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void emptyFileMeansDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.yaml");
        Files.writeString(file, "# nothing to change\n");
        assertEquals(ConfigLoader.defaults(), ConfigLoader.load(file.toString(), Map.of()));
    }

    @Test
    void unknownEnvironmentListsTheBuiltInOnes() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("staging", Map.of()));
        assertTrue(e.getMessage().contains("staging"), e.getMessage());
        assertTrue(e.problems().get(0).contains("local, test, production.example"), e.getMessage());
    }
}
