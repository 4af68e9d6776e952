package org.streamrec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.streamrec.config.KafkaConfig.StartingOffsets;

/** One environment and one override list serve several schemas, each key going to the schema owning its section. */
class SchemaRoutingTest {
    private static final List<ConfigSchema<?>> BOTH = List.of(ConfigSchema.ENGINE, ShopSettings.SCHEMA);

    @Test
    void overridesGoToTheSchemaOwningTheirSection() {
        LoadedConfigs c = ConfigLoader.load(null, Map.of("shop.users", "5", "similarity.topK", "20"), BOTH);
        assertEquals(5, c.get(ShopSettings.SCHEMA).shop().users());
        assertEquals(Duration.ofDays(1), c.get(ShopSettings.SCHEMA).shop().duration());
        assertEquals(20, c.get(ConfigSchema.ENGINE).similarity().topK());
    }

    @Test
    void aBuiltInEnvironmentIsEachSchemasFileOfThatName() {
        LoadedConfigs local = ConfigLoader.load("local", Map.of(), BOTH);
        assertEquals(3, local.get(ShopSettings.SCHEMA).shop().users(), "shop-schema/envs/local.yaml");
        assertEquals(StartingOffsets.EARLIEST, local.get(ConfigSchema.ENGINE).kafka().startingOffsets(), "envs/local.yaml");
        assertEquals(10, ConfigLoader.load("test", Map.of(), BOTH).get(ShopSettings.SCHEMA).shop().users(),
                "a schema without a file for the environment keeps its defaults");
    }

    @Test
    void oneFileMayHoldTheSectionsOfBoth(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("all.yaml"), "shop:\n  users: 7\nsimilarity:\n  topK: 9\n");
        LoadedConfigs c = ConfigLoader.load(file.toString(), Map.of("shop.users", "8"), BOTH);
        assertEquals(8, c.get(ShopSettings.SCHEMA).shop().users());
        assertEquals(9, c.get(ConfigSchema.ENGINE).similarity().topK());
    }

    @Test
    void anUnknownSectionListsTheSectionsOfEverySchema() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of("shopp.users", "1"), BOTH));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("shopp: unknown key (known here: kafka, ingest, runtime,"), e.getMessage());
        assertTrue(e.problems().get(0).endsWith(", attribution, experiment, shop)"), e.getMessage());
    }

    @Test
    void theJobAloneRejectsAnotherSchemasSection() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of("shop.users", "1")));
        assertTrue(e.problems().get(0).startsWith("shop: unknown key"), e.getMessage());
    }

    @Test
    void everyProblemOfEverySchemaIsReportedAtOnceByKey() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("shop.users", "0");
        overrides.put("similarity.topK", "0");
        overrides.put("shop.usres", "4");
        ConfigException unknown = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, overrides, BOTH));
        assertEquals(List.of("shop.usres: unknown key (known here: users, duration)"), unknown.problems(),
                "unknown keys are reported before values are bound");

        overrides.remove("shop.usres");
        overrides.put("shop.duration", "soon");
        ConfigException unbindable = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, overrides, BOTH));
        assertEquals(2, unbindable.problems().size(), unbindable.getMessage());
        assertTrue(unbindable.problems().get(0).startsWith("shop.duration: 'soon' is not a duration"), unbindable.getMessage());
        assertEquals("similarity.topK: must be > 0, got 0", unbindable.problems().get(1),
                "the schemas that could be bound are still validated");

        overrides.remove("shop.duration");
        ConfigException invalid = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, overrides, BOTH));
        assertEquals(List.of("similarity.topK: must be > 0, got 0", "shop.users: must be > 0, got 0"), invalid.problems());
    }

    @Test
    void twoSchemasMayNotOwnOneSection() {
        ConfigSchema<ShopSettings> clash = new ConfigSchema<>(ShopSettings.class, ShopSettings.class, "/shop-schema/defaults.yaml", "/none/");
        assertThrows(IllegalStateException.class, () -> ConfigLoader.load(null, Map.of(), List.of(ShopSettings.SCHEMA, clash)));
    }
}
